using System.Globalization;

namespace Caravan.Storage.Sqlite;

/// <summary>
/// The store file and its write-ahead log as last written (time and length): any commit, by this
/// process or another one (`caravan watch`, `analyze`), changes it. Two stat calls, no query.
/// </summary>
internal static class SqliteStoreStamp
{
    public static string Of(string dataFolder)
    {
        var database = new FileInfo(Path.Combine(dataFolder, SqliteArticleStore.FileName));
        var log = new FileInfo(database.FullName + "-wal");
        // A connection opened only to read creates an empty log and deletes it on close: no change.
        var written = log.Exists && log.Length > 0;
        return string.Create(CultureInfo.InvariantCulture, $"""
            {(database.Exists ? database.LastWriteTimeUtc.Ticks : 0)}:{(database.Exists ? database.Length : 0)}:{(written ? log.LastWriteTimeUtc.Ticks : 0)}:{(written ? log.Length : 0)}
            """);
    }
}
