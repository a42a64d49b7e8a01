using Caravan.Storage;

namespace Caravan.Tests.Storage;

/// <summary>The store contract on the embedded store.</summary>
public sealed class SqliteStoreTests : ArticleStoreTests, IDisposable
{
    private readonly TempDirectory _dir = new();
    private int _stores;

    protected override StoreLocation NewLocation() =>
        new FolderLocation(Path.Combine(_dir.Path, (++_stores).ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public void Dispose() => _dir.Dispose();
}
