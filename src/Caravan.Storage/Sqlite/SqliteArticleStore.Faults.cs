using System.Text.Json;
using Caravan.Core.Errors;
using Microsoft.Data.Sqlite;

namespace Caravan.Storage.Sqlite;

/// <summary>
/// Reads that meet a damaged store (a corrupt page, a truncated file, an unreadable annotation) fail with one
/// CARAVAN0007 line naming the store and pointing at the recovery steps in docs/operations.md, never with an
/// unhandled SQLite error (issue #8). Writes are guarded the same way in <see cref="SqliteArticleStore"/>.Write.
/// </summary>
public sealed partial class SqliteArticleStore
{
    private T Guarded<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (IsDamage(e))
        {
            throw Unreadable(e);
        }
    }

    private IEnumerable<T> Guarded<T>(IEnumerable<T> rows)
    {
        using var enumerator = Guarded(rows.GetEnumerator);
        while (true)
        {
            T current;
            try
            {
                if (!enumerator.MoveNext())
                {
                    yield break;
                }

                current = enumerator.Current;
            }
            catch (Exception e) when (IsDamage(e))
            {
                throw Unreadable(e);
            }

            yield return current;
        }
    }

    private static bool IsDamage(Exception e) => e is SqliteException or InvalidDataException or JsonException or InvalidCastException;

    private CaravanException Unreadable(Exception e) => new(ErrorCode.StoreUnavailable,
        $"store '{_path}' cannot be read ({e.Message}); see docs/operations.md, 'A damaged store'", e);
}
