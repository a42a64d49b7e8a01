using System.Collections.Concurrent;
using System.Reflection;

namespace Caravan.Core.Languages;

/// <summary>
/// Per-language data files shipped as resources under <c>Languages/&lt;iso&gt;/&lt;name&gt;.txt</c>
/// (reporting verbs, honorifics, abbreviations, stop words ...). One entry per line; blank lines and
/// lines starting with '#' are skipped. Adding a language means adding files, not code.
/// The folder <c>Languages/xx/</c> holds data that applies to every language.
/// </summary>
public static class LanguageData
{
    private const string Prefix = "Caravan.Languages/";
    private static readonly Assembly Resources = typeof(LanguageData).Assembly;
    private static readonly ConcurrentDictionary<string, ImmutableArray<string>> Cache = new(StringComparer.Ordinal);
    private static readonly Lazy<ImmutableArray<string>> Names = new(() =>
        [.. Resources.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))]);

    /// <summary>The entries of <c>Languages/{language}/{name}.txt</c>, or empty if there is no such file.</summary>
    public static ImmutableArray<string> Lines(string language, string name) =>
        Cache.GetOrAdd(FormattableString.Invariant($"{language}/{name}"), static key => Read(key));

    /// <summary>The languages that have a file called <paramref name="name"/>.</summary>
    public static ImmutableArray<string> LanguagesWith(string name)
    {
        var suffix = "/" + name + ".txt";
        return [.. Names.Value
            .Where(n => n.EndsWith(suffix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^suffix.Length])
            .Where(l => !l.Contains('/', StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
    }

    private static ImmutableArray<string> Read(string key)
    {
        using var stream = Resources.GetManifestResourceStream(Prefix + key + ".txt");
        if (stream is null)
        {
            return [];
        }

        using var reader = new StreamReader(stream);
        var lines = ImmutableArray.CreateBuilder<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                lines.Add(trimmed);
            }
        }

        return lines.ToImmutable();
    }
}
