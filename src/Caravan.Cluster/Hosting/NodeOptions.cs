using System.Net;

namespace Caravan.Cluster.Hosting;

/// <summary>How one node joins the cluster: Redis for membership and reminders, and its own endpoints.</summary>
public sealed record NodeOptions
{
    /// <summary>`redis://host:port`: membership table and reminder table.</summary>
    public required string Cluster { get; init; }

    /// <summary>Nodes with the same cluster id (and Redis) form one cluster.</summary>
    public string ClusterId { get; init; } = "caravan";

    /// <summary>Address the node listens on and advertises to the others.</summary>
    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>Silo-to-silo port (Orleans' default 11111).</summary>
    public int SiloPort { get; init; } = 11111;

    /// <summary>Port clients (`caravan ingest --cluster`, `serve`) connect to (Orleans' default 30000).</summary>
    public int GatewayPort { get; init; } = 30000;
}
