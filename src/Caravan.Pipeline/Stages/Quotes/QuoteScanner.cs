namespace Caravan.Pipeline.Stages.Quotes;

/// <summary>A span between quotation marks: <see cref="Content"/> lies inside the marks.</summary>
/// <param name="Open">Offset of the opening mark.</param>
/// <param name="End">Offset just past the closing mark (or the paragraph end when the quote is left open).</param>
/// <param name="Content">The quoted words, without the marks and surrounding white space.</param>
/// <param name="Closed">False when machine translation or a typo left the quote without its closing mark.</param>
internal readonly record struct QuoteCandidate(int Open, int End, TextSpan Content, bool Closed);

/// <summary>
/// Finds quotation-mark spans in linear time (<see cref="QuoteWalks"/>); no quote is longer than <see cref="MaxQuoteChars"/>.
/// Handles nesting (‚…‘ inside „…“), mixed pairs („…" "…“), a repeated opening mark of the same kind
/// (treated as a stray mark, not a nesting level) and multi-paragraph quotes, where each continued
/// paragraph opens again and only the last one closes.
/// </summary>
internal static class QuoteScanner
{
    /// <summary>No quote runs longer than this (bounds the work on hostile input).</summary>
    public const int MaxQuoteChars = 6000;

    public static ImmutableArray<QuoteCandidate> Scan(string text, ImmutableArray<TextSpan> paragraphs)
    {
        var marks = QuoteMarks.Default;
        var walks = new QuoteWalks(text, paragraphs, marks);
        var result = ImmutableArray.CreateBuilder<QuoteCandidate>();
        for (var p = 0; p < paragraphs.Length; p++)
        {
            var i = paragraphs[p].Start;
            while (i < paragraphs[p].End)
            {
                if (!marks.CanOpen(text, i))
                {
                    i++;
                    continue;
                }

                var found = FindClose(text, walks, p, i);
                if (found is { } q)
                {
                    result.Add(q);
                    if (q.End > paragraphs[p].End)
                    {
                        // A multi-paragraph quote: go on after it in the paragraph where it ended.
                        while (p + 1 < paragraphs.Length && paragraphs[p + 1].Start < q.End)
                        {
                            p++;
                        }
                    }

                    i = q.End;
                }
                else
                {
                    i++;
                }
            }
        }

        return result.ToImmutable();
    }

    /// <summary>The quote opened at <paramref name="open"/>, or null when its walk runs past <see cref="MaxQuoteChars"/>.</summary>
    private static QuoteCandidate? FindClose(string text, QuoteWalks walks, int p, int open)
    {
        var limit = Math.Min(text.Length, open + MaxQuoteChars);
        var end = walks.From(open, p);
        return end.Offset < limit ? Make(text, open, end.Offset, end.Closed) : null;
    }

    private static QuoteCandidate Make(string text, int open, int close, bool closed)
    {
        var s = open + 1;
        var e = close;
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }

        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        return new QuoteCandidate(open, closed ? close + 1 : close, new TextSpan(s, e), closed);
    }
}
