using Caravan.Core.Model;

namespace Caravan.Core.Text;

/// <summary>A token: a span of the text and its coarse kind.</summary>
public readonly record struct Token(TextSpan Span, TokenKind Kind)
{
    public string Text(string source) => Span.Slice(source);
}

public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    Symbol,
}
