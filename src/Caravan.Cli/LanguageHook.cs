using Caravan.Core.Model;
namespace Caravan.Cli;

/// <summary>
/// The one place where verbs that print a "language" field ask for it. Until the language
/// identification stage (Stages/Language, issue #2) is merged this returns the language the
/// extraction stage set: the page's declared &lt;html lang&gt;, a container hint, or "und".
/// </summary>
internal static class LanguageHook
{
    /// <summary>
    /// LEAD: wire ILanguageIdentifier here when Stages/Language is merged, e.g.
    /// <c>Identify = text => identifier.Identify(text).Language;</c> (hints from the input still win).
    /// </summary>
    public static Func<string, string>? Identify { get; set; }

    public static string LanguageOf(Article article) =>
        article.Provenance.TryGetValue("language", out var p) && p.Source == "input"
            ? article.Language
            : Identify is { } identify && article.Text.Length > 0 ? identify(article.Text) : article.Language;
}
