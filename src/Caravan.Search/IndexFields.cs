namespace Caravan.Search;

/// <summary>
/// The index schema. Article documents carry one analysed field per language for title, text and
/// quotes ("text_de"), so each language is stemmed by its own analyzer; filters and facets use
/// exact fields and doc values. Actor documents hold the actor table (names and every variant)
/// for the cross-lingual expansion of queries.
/// </summary>
internal static class IndexFields
{
    /// <summary>Bumped when the schema changes; an index of another version is rebuilt.</summary>
    public const string SchemaVersion = "3";

    public const string Type = "type";
    public const string ArticleType = "article";
    public const string ActorType = "actor";

    public const string Id = "id";
    /// <summary>id, content hash and story of an article in one term: a change in any of them re-indexes it.</summary>
    public const string Version = "version";
    public const string Language = "lang";
    public const string LanguageValues = "lang_dv";
    public const string Site = "site";
    public const string SiteValues = "site_dv";
    public const string Story = "story";
    public const string Published = "published";
    public const string PublishedText = "published_s";
    public const string DayValues = "day_dv";
    public const string Actor = "actor";
    public const string ActorValues = "actor_dv";
    public const string ActorNames = "actor_names";
    public const string Title = "stored_title";
    public const string Text = "stored_text";
    /// <summary>Mentions of actors: "actorId start end" lines, for highlighting cross-lingual matches.</summary>
    public const string ActorSpans = "actor_spans";

    public const string ActorName = "name";
    public const string ActorEntityType = "entity_type";
    /// <summary>Folded variants of an actor's name (whole and last word) for query expansion.</summary>
    public const string ActorKey = "key";

    public static string TitleIn(string language) => "title_" + language;

    public static string TextIn(string language) => "text_" + language;

    public static string QuotesIn(string language) => "quotes_" + language;

    /// <summary>The language of a per-language field ("text_de" -> "de"), else null.</summary>
    public static string? LanguageOf(string field)
    {
        foreach (var prefix in (ReadOnlySpan<string>)["title_", "text_", "quotes_"])
        {
            if (field.StartsWith(prefix, StringComparison.Ordinal) && field.Length > prefix.Length)
            {
                return field[prefix.Length..];
            }
        }

        return null;
    }

    /// <summary>A language code safe as a field suffix: lowercase letters only, else "und".</summary>
    public static string SafeLanguage(string? language) =>
        !string.IsNullOrEmpty(language) && language.Length <= 8 && language.All(char.IsAsciiLetterLower)
            ? language
            : LanguageCodes.Undetermined;
}
