namespace Caravan.Core.Model;

/// <summary>The language of one stretch of text (a paragraph, a quote), with the identifier's confidence.</summary>
public sealed record LanguageSpan(TextSpan Span, string Language, double Confidence);
