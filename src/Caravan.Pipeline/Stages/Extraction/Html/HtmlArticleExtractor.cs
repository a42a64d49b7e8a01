using AngleSharp.Html.Parser;
using Caravan.Core.Errors;
using Caravan.Pipeline.Stages.Extraction.Charset;
using Caravan.Pipeline.Stages.Extraction.Metadata;
using Caravan.Pipeline.Stages.Extraction.Text;

namespace Caravan.Pipeline.Stages.Extraction.Html;

/// <summary>
/// The HTML extractor: decode (charset sniffing), parse (AngleSharp, HTML5 error recovery), walk
/// once into a flat model, weight blocks, take the best subtree, then metadata. JSON-LD articleBody
/// stands in when the page's DOM hides most of the article (script-rendered bodies, paywalls).
/// Thread-safe; one instance serves every page.
/// </summary>
public sealed class HtmlArticleExtractor : IArticleExtractor
{
    private readonly ExtractionOptions _options;
    private readonly BoilerplateLexicon _lexicon;
    private readonly TimeProvider _clock;

    public HtmlArticleExtractor(ExtractionOptions? options = null, BoilerplateLexicon? lexicon = null, TimeProvider? clock = null)
    {
        _options = options ?? ExtractionOptions.Default;
        _lexicon = lexicon ?? BoilerplateLexicon.Default;
        _clock = clock ?? TimeProvider.System;
    }

    public ExtractedArticle Extract(ReadOnlyMemory<byte> page, string? url, CancellationToken cancellationToken)
    {
        var bytes = page.Length > _options.MaxInputBytes ? page[.._options.MaxInputBytes] : page;
        var html = CharsetDecoder.Decode(bytes.Span, out var charset);
        using var budget = new ExtractionBudget(_options.MaxTime, _options.MaxCpuTime, cancellationToken);
        try
        {
            return Run(html, url, charset, budget.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Past a time limit the page fails with a named error (the others go on); an empty article
            // would be lost without a word.
            throw new CaravanException(ErrorCode.LimitExceeded, budget.CpuExceeded
                ? FormattableString.Invariant($"the page took more than {_options.MaxCpuTime.TotalSeconds:F0} s of CPU to extract (ExtractionOptions.MaxCpuTime): its markup is pathological or too large")
                : FormattableString.Invariant($"the page took longer than {_options.MaxTime.TotalSeconds:F0} s to extract (ExtractionOptions.MaxTime)"));
        }
    }

    private ExtractedArticle Run(string html, string? url, string charset, CancellationToken cancellationToken)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = false, IsScripting = true });
        // Script and style bodies go before the depth scan and the parse: half the characters, none of them read.
        var limited = NestingLimiter.Limit(RawTextBlanker.Blank(html, cancellationToken), _options.MaxParseDepth, cancellationToken);
        // The asynchronous parse checks the token before every token it reads; with a string source it runs to the end
        // on this thread (nothing to wait for), where the CPU budget is measured.
        using var document = parser.ParseDocumentAsync(limited, cancellationToken).GetAwaiter().GetResult();
        cancellationToken.ThrowIfCancellationRequested();
        var model = PageWalker.Walk(document, _options, cancellationToken);
        var weights = new BlockWeights(model, _options, _lexicon);
        var body = LeadParagraph.Restore(model, ContentSelector.Select(model, weights, _options, _lexicon), _options);
        var ld = JsonLdFacts.Read(model.Signals.JsonLd, _options.MaxJsonLdChars);
        var metadata = new MetadataResolver(new DateParser(_clock.GetUtcNow()), _options).Resolve(model, ld, body, url);
        var paragraphs = body.Select(b => TextNormalizer.Composed(b.Text)).ToList();
        paragraphs = PreferJsonLdBody(model, paragraphs, ld.ArticleBody, out var fromJsonLd);
        if (fromJsonLd)
        {
            metadata = metadata with { Provenance = metadata.Provenance.SetItem("text", new FieldProvenance("json-ld", 0.8)) };
        }

        if (metadata.Title is { } title)
        {
            metadata = metadata with { Title = TextNormalizer.Composed(title) };
        }

        return new ExtractedArticle(WithoutTitle(paragraphs, metadata.Title), metadata, charset);
    }

    /// <summary>
    /// The JSON-LD article body when the page text holds much less of it; the page's declared lead stays in front
    /// when the JSON-LD body leaves it out (sites put the standfirst in "description", the rest in "articleBody").
    /// </summary>
    private List<string> PreferJsonLdBody(PageModel model, List<string> paragraphs, string? articleBody, out bool used)
    {
        used = false;
        if (articleBody is null || articleBody.Length < 200)
        {
            return paragraphs;
        }

        var ldWords = BlockWeights.WordCount(articleBody);
        var domWords = paragraphs.Sum(BlockWeights.WordCount);
        if (domWords >= ldWords * _options.JsonLdBodyShare)
        {
            return paragraphs;
        }

        used = true;
        var decoded = System.Net.WebUtility.HtmlDecode(articleBody);
        List<string> lines = [.. TextNormalizer.Lines(decoded).Where(l => l.Length > 0).Select(TextNormalizer.Composed)];
        if (paragraphs.Count > 0 && LeadParagraph.IsDeclaredLead(model, paragraphs[0]) &&
            !TextNormalizer.Key(decoded).Contains(TextNormalizer.Key(paragraphs[0]), StringComparison.Ordinal))
        {
            lines.Insert(0, paragraphs[0]);
        }

        return lines;
    }

    /// <summary>Drops leading paragraphs that repeat the title (the contract: title not repeated in text).</summary>
    private static List<string> WithoutTitle(List<string> paragraphs, string? title)
    {
        if (title is null)
        {
            return paragraphs;
        }

        var key = TextNormalizer.Key(title);
        var skip = 0;
        while (skip < paragraphs.Count && skip < 3 && TextNormalizer.Key(paragraphs[skip]) == key)
        {
            skip++;
        }

        return skip == 0 ? paragraphs : paragraphs[skip..];
    }
}
