namespace Caravan.Core.Model;

/// <summary>
/// A half-open range [Start, End) of UTF-16 offsets into an article's <see cref="Article.Text"/>.
/// Invariant: 0 &lt;= Start &lt;= End &lt;= text length. Spans never outlive a rewrite of the text,
/// because no stage rewrites text once it has been annotated.
/// </summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    public string Slice(string text) => text[Start..End];

    public bool IsValidFor(string text) => Start >= 0 && Start <= End && End <= text.Length;
}
