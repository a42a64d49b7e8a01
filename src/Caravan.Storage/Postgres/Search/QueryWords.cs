using Caravan.Core.Text;

namespace Caravan.Storage.Postgres.Search;

/// <summary>
/// A query's words grouped as the Lucene index groups them: runs of up to four words that name an
/// actor form one group (matching the words, or the actor's articles in any spelling); every other
/// word is a group of its own.
/// </summary>
internal sealed record WordGroup(ImmutableArray<string> Words, ImmutableArray<string> ActorIds);

internal static class QueryWords
{
    /// <summary>Longest run of query words tried as one actor name.</summary>
    public const int MaxNameWords = 4;

    public static List<string> Split(string text) =>
        [.. Tokenizer.Tokenize(text).Where(t => t.Kind is TokenKind.Word or TokenKind.Number).Select(t => t.Text(text))];

    /// <summary>Every run of words that could name an actor, folded: the keys to look up.</summary>
    public static IEnumerable<string> Candidates(List<string> words)
    {
        for (var start = 0; start < words.Count; start++)
        {
            for (var length = 1; length <= Math.Min(MaxNameWords, words.Count - start); length++)
            {
                yield return Caravan.Search.Indexing.NameFolding.Fold(string.Join(' ', words.Skip(start).Take(length)));
            }
        }
    }

    /// <summary>Groups the words, taking at each position the longest run that names an actor.</summary>
    public static List<WordGroup> Group(List<string> words, Func<string, IReadOnlyList<string>> actorsOf)
    {
        var groups = new List<WordGroup>();
        var i = 0;
        while (i < words.Count)
        {
            var (length, ids) = (1, (IReadOnlyList<string>)[]);
            for (var run = Math.Min(MaxNameWords, words.Count - i); run >= 1; run--)
            {
                var found = actorsOf(Caravan.Search.Indexing.NameFolding.Fold(string.Join(' ', words.Skip(i).Take(run))));
                if (found.Count > 0)
                {
                    (length, ids) = (run, found);
                    break;
                }
            }

            groups.Add(new WordGroup([.. words.Skip(i).Take(length)], [.. ids]));
            i += length;
        }

        return groups;
    }
}
