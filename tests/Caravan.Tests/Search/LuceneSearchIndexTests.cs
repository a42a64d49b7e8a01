using Caravan.Storage;

namespace Caravan.Tests.Search;

/// <summary>The search contract on a data folder's Lucene index.</summary>
public sealed class LuceneSearchIndexTests : SearchIndexTests
{
    private readonly TempDirectory _dir = new();
    private int _locations;

    protected override StoreLocation NewLocation() =>
        new FolderLocation(Path.Combine(_dir.Path, (++_locations).ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public override void Dispose()
    {
        base.Dispose();
        _dir.Dispose();
    }
}
