using System.Collections.Concurrent;
using Lucene.Net.Analysis;

namespace Caravan.Search.Analysis;

/// <summary>
/// Picks the analyzer by the language suffix of a field name ("text_de" -> German, "title_kk" ->
/// folding default); fields without a language suffix get <see cref="FoldingAnalyzer"/>. Thread-safe.
/// </summary>
public sealed class LanguageFieldAnalyzer : AnalyzerWrapper
{
    private readonly ConcurrentDictionary<string, Analyzer> _byLanguage = new(StringComparer.Ordinal);
    private readonly FoldingAnalyzer _default = new();

    public LanguageFieldAnalyzer()
        : base(PER_FIELD_REUSE_STRATEGY)
    {
    }

    /// <summary>The analyzer of one language (shared, owned by this wrapper).</summary>
    public Analyzer ForLanguage(string language) => _byLanguage.GetOrAdd(language, LanguageAnalyzers.Create);

    protected override Analyzer GetWrappedAnalyzer(string fieldName) =>
        IndexFields.LanguageOf(fieldName) is { } language ? ForLanguage(language) : _default;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var analyzer in _byLanguage.Values)
            {
                analyzer.Dispose();
            }

            _default.Dispose();
        }

        base.Dispose(disposing);
    }
}
