using Caravan.Web;

namespace Caravan.Tests.Web;

public sealed class ByDocumentTests
{
    private static readonly ByDocument<string> Items = new(
        ["a: d1 d2", "b: d3", "c: d2 d2", "d: d1"],
        item => item[3..].Split(' '));

    [Fact]
    public void Of_SeveralDocuments_ListsEachItemOnceInOriginalOrder()
    {
        Assert.Equal(["a: d1 d2", "c: d2 d2", "d: d1"], Items.Of(["d2", "d1"]));
    }

    [Fact]
    public void Of_UnknownDocument_FindsNothing()
    {
        Assert.Empty(Items.Of(["d9"]));
    }
}
