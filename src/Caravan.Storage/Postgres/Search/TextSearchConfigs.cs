namespace Caravan.Storage.Postgres.Search;

/// <summary>
/// PostgreSQL's own text search configurations (stemmer and stop words) by ISO 639-1 code, as
/// PostgreSQL 15 ships them; every other language (Kazakh, Ukrainian, Chinese...) is indexed with
/// <c>simple</c>: lowercased words, no stemming.
/// </summary>
internal static class TextSearchConfigs
{
    public const string Simple = "simple";

    private static readonly Dictionary<string, string> ByLanguage = new(StringComparer.Ordinal)
    {
        ["ar"] = "arabic", ["hy"] = "armenian", ["eu"] = "basque", ["ca"] = "catalan", ["da"] = "danish",
        ["nl"] = "dutch", ["en"] = "english", ["fi"] = "finnish", ["fr"] = "french", ["de"] = "german",
        ["el"] = "greek", ["hi"] = "hindi", ["hu"] = "hungarian", ["id"] = "indonesian", ["ga"] = "irish",
        ["it"] = "italian", ["lt"] = "lithuanian", ["ne"] = "nepali", ["no"] = "norwegian", ["nb"] = "norwegian",
        ["pt"] = "portuguese", ["ro"] = "romanian", ["ru"] = "russian", ["sr"] = "serbian", ["es"] = "spanish",
        ["sv"] = "swedish", ["ta"] = "tamil", ["tr"] = "turkish", ["yi"] = "yiddish",
    };

    /// <summary>The configuration for a language among those the server has (others fall back to simple).</summary>
    public static string For(string language, IReadOnlySet<string> available) =>
        ByLanguage.TryGetValue(language, out var config) && available.Contains(config) ? config : Simple;
}
