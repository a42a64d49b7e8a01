using Caravan.Cluster.Ingestion;

namespace Caravan.Tests.Cluster;

/// <summary>The client's window of batches in flight grows with the active nodes, so each node keeps work queued while commits wait in ticket order.</summary>
public sealed class ClusterIngestOptionsTests
{
    [Fact]
    public void WindowFor_OneNode_TwelveBatchesAsBefore()
    {
        Assert.Equal(12, new ClusterIngestOptions().WindowFor(1));
    }

    [Fact]
    public void WindowFor_ThreeAndTenNodes_TwelveBatchesPerNode()
    {
        var options = new ClusterIngestOptions();

        Assert.Equal(36, options.WindowFor(3));
        Assert.Equal(120, options.WindowFor(10));
    }

    [Fact]
    public void WindowFor_NoActiveNodeSeen_StillOneNodesWindow()
    {
        Assert.Equal(4, new ClusterIngestOptions { WindowPerNode = 4 }.WindowFor(0));
    }
}
