using System.Net;
using Caravan.Cluster.Hosting;

namespace Caravan.Tests.Cluster;

public sealed class CoreShareTests
{
    private static readonly IPAddress Here = IPAddress.Loopback;
    private static readonly IPAddress There = IPAddress.Parse("10.0.0.7");

    [Fact]
    public void Update_ThreeNodesOnTwoCores_OneCoreEach()
    {
        var share = new CoreShare(2);

        share.Update(Here, [Here, Here, Here]);

        Assert.Equal(1, share.Cores);
    }

    [Fact]
    public void Update_NodesOnOtherMachines_DoNotTakeCores()
    {
        var share = new CoreShare(8);

        share.Update(Here, [Here, There, There, Here, There]);

        Assert.Equal(4, share.Cores);
    }

    [Fact]
    public void Update_CoLocatedNodeGone_CoresComeBack()
    {
        var share = new CoreShare(8);
        share.Update(Here, [Here, Here, Here]);
        Assert.Equal(2, share.Cores);

        share.Update(Here, [Here]);

        Assert.Equal(8, share.Cores);
    }

    [Fact]
    public void Update_ThisNodeNotYetActive_KeepsAtLeastItsOwnShare()
    {
        var share = new CoreShare(4);

        share.Update(Here, [There]);

        Assert.Equal(4, share.Cores);
    }
}
