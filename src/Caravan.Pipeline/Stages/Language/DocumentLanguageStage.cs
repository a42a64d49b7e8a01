namespace Caravan.Pipeline.Stages.Language;

/// <summary>
/// Sets only <see cref="Article.Language"/>, for verbs that print one language per article
/// (`extract`, `clean`): the vote of <see cref="LanguageStage"/> (title and paragraphs weighted by
/// the characters read) over the paragraphs in order until <see cref="LanguageIdOptions.DocumentChars"/>
/// characters are read. A supplied <see cref="DocumentHints.Language"/> wins.
/// Invariants: never changes the text; leaves <see cref="Article.ParagraphLanguages"/> empty.
/// </summary>
public sealed class DocumentLanguageStage : IArticleStage
{
    private readonly ILanguageIdentifier _identifier;
    private readonly LanguageIdOptions _options;

    public DocumentLanguageStage(ILanguageIdentifier identifier, LanguageIdOptions? options = null)
    {
        _identifier = identifier;
        _options = options ?? LanguageIdOptions.Default;
    }

    public StageInfo Info { get; } = new("document-language", 1, ArticleFeatures.Text, ArticleFeatures.Language);

    public Article Process(Article article, CancellationToken cancellationToken)
    {
        if (LanguageStage.Hinted(article.Hints.Language) is { } hinted)
        {
            return article with { Language = hinted };
        }

        var text = article.Text;
        var votes = new LanguageVotes();
        var left = _options.DocumentChars;
        foreach (var span in article.Paragraphs)
        {
            var read = Math.Min(Math.Min(span.Length, _options.MaxChars), left);
            if (read <= 0)
            {
                break;
            }

            votes.Add(_identifier.Identify(text.AsSpan(span.Start, read)), read);
            left -= read;
        }

        if (article.Paragraphs.Length == 0 && text.Length > 0)
        {
            var read = Math.Min(text.Length, _options.MaxChars);
            votes.Add(_identifier.Identify(text.AsSpan(0, read)), read);
        }

        if (!string.IsNullOrWhiteSpace(article.Title))
        {
            votes.Add(_identifier.Identify(article.Title), article.Title.Length * _options.TitleWeight);
        }

        return article with { Language = votes.Winner() };
    }
}
