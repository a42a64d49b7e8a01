using System.Text;

namespace Caravan.Storage.Postgres.Search;

/// <summary>
/// Snippets from <c>ts_headline</c>: matched words come back between two private-use characters,
/// which become highlight spans into the snippet (the characters cannot occur in stored text that
/// came through extraction, and a stray one is dropped, not trusted).
/// </summary>
internal static class Headline
{
    public const char Open = '\uE000';
    public const char Close = '\uE001';

    /// <summary>About two lines of a terminal, as the Lucene index's snippets.</summary>
    public static readonly string Options = $"StartSel={Open}, StopSel={Close}, MaxWords=35, MinWords=15, ShortWord=2";

    /// <summary>Only the start of long texts is searched for the best fragment: bounded time per hit.</summary>
    public const int MaxChars = 30_000;

    public static (string Snippet, ImmutableArray<TextSpan> Highlights) Parse(string marked)
    {
        var snippet = new StringBuilder(marked.Length);
        var highlights = ImmutableArray.CreateBuilder<TextSpan>();
        var start = -1;
        foreach (var c in marked)
        {
            if (c == Open)
            {
                start = snippet.Length;
            }
            else if (c == Close)
            {
                if (start >= 0 && snippet.Length > start)
                {
                    highlights.Add(new TextSpan(start, snippet.Length));
                }

                start = -1;
            }
            else
            {
                snippet.Append(c is '\n' or '\r' ? ' ' : c);
            }
        }

        return (snippet.ToString(), highlights.ToImmutable());
    }
}
