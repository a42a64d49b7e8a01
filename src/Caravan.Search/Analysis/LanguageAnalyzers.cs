using Lucene.Net.Analysis;
using Lucene.Net.Util;
using Lang = Lucene.Net.Analysis;

namespace Caravan.Search.Analysis;

/// <summary>
/// Lucene's per-language analyzers (stop words, stemming) by ISO 639-1 code; every other language
/// gets <see cref="FoldingAnalyzer"/>. Adding a language Lucene supports is one line of this table.
/// Analyzers are thread-safe (Lucene reuses token streams per thread).
/// </summary>
public static class LanguageAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly Dictionary<string, Func<Analyzer>> Factories = new(StringComparer.Ordinal)
    {
        ["ar"] = () => new Lang.Ar.ArabicAnalyzer(Version),
        ["bg"] = () => new Lang.Bg.BulgarianAnalyzer(Version),
        ["ca"] = () => new Lang.Ca.CatalanAnalyzer(Version),
        ["cs"] = () => new Lang.Cz.CzechAnalyzer(Version),
        ["da"] = () => new Lang.Da.DanishAnalyzer(Version),
        ["de"] = () => new Lang.De.GermanAnalyzer(Version),
        ["el"] = () => new Lang.El.GreekAnalyzer(Version),
        ["en"] = () => new Lang.En.EnglishAnalyzer(Version),
        ["es"] = () => new Lang.Es.SpanishAnalyzer(Version),
        ["eu"] = () => new Lang.Eu.BasqueAnalyzer(Version),
        ["fa"] = () => new Lang.Fa.PersianAnalyzer(Version),
        ["fi"] = () => new Lang.Fi.FinnishAnalyzer(Version),
        ["fr"] = () => new Lang.Fr.FrenchAnalyzer(Version),
        ["ga"] = () => new Lang.Ga.IrishAnalyzer(Version),
        ["gl"] = () => new Lang.Gl.GalicianAnalyzer(Version),
        ["hi"] = () => new Lang.Hi.HindiAnalyzer(Version),
        ["hu"] = () => new Lang.Hu.HungarianAnalyzer(Version),
        ["hy"] = () => new Lang.Hy.ArmenianAnalyzer(Version),
        ["id"] = () => new Lang.Id.IndonesianAnalyzer(Version),
        ["it"] = () => new Lang.It.ItalianAnalyzer(Version),
        ["ja"] = () => new Lang.Cjk.CJKAnalyzer(Version),
        ["ko"] = () => new Lang.Cjk.CJKAnalyzer(Version),
        ["lv"] = () => new Lang.Lv.LatvianAnalyzer(Version),
        ["nl"] = () => new Lang.Nl.DutchAnalyzer(Version),
        ["no"] = () => new Lang.No.NorwegianAnalyzer(Version),
        ["nb"] = () => new Lang.No.NorwegianAnalyzer(Version),
        ["pt"] = () => new Lang.Pt.PortugueseAnalyzer(Version),
        ["ro"] = () => new Lang.Ro.RomanianAnalyzer(Version),
        ["ru"] = () => new Lang.Ru.RussianAnalyzer(Version),
        ["sv"] = () => new Lang.Sv.SwedishAnalyzer(Version),
        ["tr"] = () => new Lang.Tr.TurkishAnalyzer(Version),
        ["zh"] = () => new Lang.Cjk.CJKAnalyzer(Version),
    };

    /// <summary>Languages with an analyzer of their own (others use the folding default).</summary>
    public static IEnumerable<string> Specific => Factories.Keys;

    /// <summary>A new analyzer for the language (the caller owns and disposes it).</summary>
    public static Analyzer Create(string language) =>
        Factories.TryGetValue(language, out var factory) ? factory() : new FoldingAnalyzer();
}
