using Caravan.Storage.Sqlite;

namespace Caravan.Web;

/// <summary>
/// The store file and its write-ahead log as last written (time and length): any commit, by this
/// server or another process (`caravan watch`, `analyze`), changes it. Two stat calls, no query.
/// </summary>
internal readonly record struct StoreStamp(DateTime Database, long DatabaseLength, DateTime Log, long LogLength)
{
    public static StoreStamp Of(string dataFolder)
    {
        var database = new FileInfo(Path.Combine(dataFolder, SqliteArticleStore.FileName));
        var log = new FileInfo(database.FullName + "-wal");
        // A connection opened only to read creates an empty log and deletes it on close: no change.
        var written = log.Exists && log.Length > 0;
        return new StoreStamp(
            database.Exists ? database.LastWriteTimeUtc : default,
            database.Exists ? database.Length : 0,
            written ? log.LastWriteTimeUtc : default,
            written ? log.Length : 0);
    }
}
