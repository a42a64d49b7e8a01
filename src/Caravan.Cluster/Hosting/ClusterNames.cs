namespace Caravan.Cluster.Hosting;

/// <summary>Names shared by nodes and clients.</summary>
public static class ClusterNames
{
    /// <summary>The corpus of a store: one store, one corpus owner.</summary>
    public const string DefaultCorpus = "default";

    /// <summary>Orleans' service id: the same for every deployment of Caravan.</summary>
    public const string ServiceId = "caravan";
}
