namespace Caravan.Pipeline.Stages.Language;

/// <summary>
/// Sets <see cref="Article.Language"/> and one <see cref="LanguageSpan"/> per paragraph. The article's
/// language is a supplied <see cref="DocumentHints.Language"/>, else the vote of its paragraphs (and
/// title) weighted by their letters, so a German article quoting an English paragraph stays German
/// while the quoted paragraph is known to be English.
/// Paragraphs guessed with little confidence (a byline, a photo credit) take the article's language.
/// Invariants: never changes the text; ParagraphLanguages has exactly one span per Paragraphs entry, equal to it.
/// </summary>
public sealed class LanguageStage : IArticleStage
{
    private readonly ILanguageIdentifier _identifier;
    private readonly LanguageIdOptions _options;

    public LanguageStage(ILanguageIdentifier identifier, LanguageIdOptions? options = null)
    {
        _identifier = identifier;
        _options = options ?? LanguageIdOptions.Default;
    }

    public StageInfo Info { get; } = new("language", 1, ArticleFeatures.Text, ArticleFeatures.Language);

    public Article Process(Article article, CancellationToken cancellationToken)
    {
        var text = article.Text;
        var guesses = new LanguageGuess[article.Paragraphs.Length];
        var votes = new LanguageVotes();
        for (var i = 0; i < guesses.Length; i++)
        {
            var span = article.Paragraphs[i];
            guesses[i] = _identifier.Identify(text.AsSpan(span.Start, span.Length));
            votes.Add(guesses[i], Math.Min(span.Length, _options.MaxChars));
        }

        if (guesses.Length == 0 && text.Length > 0)
        {
            votes.Add(_identifier.Identify(text), Math.Min(text.Length, _options.MaxChars));
        }

        if (!string.IsNullOrWhiteSpace(article.Title))
        {
            votes.Add(_identifier.Identify(article.Title), article.Title.Length * _options.TitleWeight);
        }

        var language = Hinted(article.Hints.Language) ?? votes.Winner();
        var spans = ImmutableArray.CreateBuilder<LanguageSpan>(guesses.Length);
        for (var i = 0; i < guesses.Length; i++)
        {
            spans.Add(ForParagraph(article.Paragraphs[i], guesses[i], language));
        }

        return article with { Language = language, ParagraphLanguages = spans.MoveToImmutable() };
    }

    private LanguageSpan ForParagraph(TextSpan span, LanguageGuess guess, string articleLanguage)
    {
        if (guess.Score >= _options.ParagraphMinConfidence || articleLanguage == LanguageCodes.Undetermined)
        {
            return new LanguageSpan(span, guess.Language, guess.Score);
        }

        // Too little evidence to stand alone: the paragraph takes the article's language, with the
        // probability the identifier gave it (at most the listing threshold when it was not listed).
        var p = guess.Candidates.FirstOrDefault(c => string.Equals(c.Language, articleLanguage, StringComparison.Ordinal)).Probability;
        return new LanguageSpan(span, articleLanguage, p > 0 ? p : Math.Min(_options.MinCandidateProbability, 1 - guess.Score));
    }

    internal static string? Hinted(string? hint) =>
        string.IsNullOrWhiteSpace(hint) ? null : hint.Trim().ToLowerInvariant();
}
