using Caravan.Core.Storage;
using Caravan.Storage;
using static Caravan.Tests.Storage.StoreSamples;

namespace Caravan.Tests.Storage;

/// <summary>StoreMigration between two embedded stores (the PostgreSQL target is covered by PostgresSeedsTests).</summary>
public sealed class StoreMigrationTests
{
    [Fact]
    public void Copy_EveryTable_VerifiedAndRerunAddsNothing()
    {
        using var dir = new TempDirectory();
        var (from, to) = (new FolderLocation(Path.Combine(dir.Path, "a")), new FolderLocation(Path.Combine(dir.Path, "b")));
        using (var source = from.OpenStore())
        {
            source.SaveBatch([Sample("x", "Eins."), Sample("y", "Zwei.")], "test@1");
            source.SaveRawDocuments([Sample("raw-only", "Drei.").Item1]);
            source.SaveFetchStates([new FetchState("https://example.org/feed", "\"e\"", null, DateTimeOffset.UnixEpoch, 200)]);
            source.CreateApiKey(DateTimeOffset.UnixEpoch);
        }

        using var reader = from.OpenStore();
        using var writer = to.OpenStore();
        var first = StoreMigration.Copy(reader, writer);
        var second = StoreMigration.Copy(reader, writer);
        Assert.True(first.Verified);
        Assert.Equal(new TransferCounts(new StoreCounts(3, 2, 0, 0, 0), 1, 1), second.Target);
        Assert.Equal(reader.ReadArticles().Select(a => a.Id), writer.ReadArticles().Select(a => a.Id));
        Assert.Equal(reader.ReadRawDocuments().Select(r => r.ContentHash), writer.ReadRawDocuments().Select(r => r.ContentHash));
        Assert.Equal("test@1", writer.PipelineSignature);
        Assert.Equal(reader.ReadApiKeys(), writer.ReadApiKeys());
    }

    [Fact]
    public void Copy_TargetHoldsOtherArticles_NotVerified()
    {
        using var dir = new TempDirectory();
        var (from, to) = (new FolderLocation(Path.Combine(dir.Path, "a")), new FolderLocation(Path.Combine(dir.Path, "b")));
        using var source = from.OpenStore();
        using var target = to.OpenStore();
        source.SaveBatch([Sample("x", "Eins.")], "test@1");
        target.SaveBatch([Sample("other", "Anders.")], "test@1");
        Assert.False(StoreMigration.Copy(source, target).Verified);
    }
}
