namespace Caravan.Pipeline.Stages.Language;

/// <summary>Identifies the language of a span of text (a document, paragraph, sentence, title or quote). Thread-safe.</summary>
public interface ILanguageIdentifier
{
    /// <summary>The languages this identifier can answer.</summary>
    ImmutableArray<string> Languages { get; }

    LanguageGuess Identify(ReadOnlySpan<char> text);
}
