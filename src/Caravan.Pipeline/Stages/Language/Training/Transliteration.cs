using System.Text;
using Caravan.Core.Languages;

namespace Caravan.Pipeline.Stages.Language.Training;

/// <summary>
/// A letter-by-letter transliteration read from <c>Languages/&lt;iso&gt;/&lt;name&gt;.txt</c> ("from to" per
/// line, longest matches listed first). Lets a class written in one script learn from text in the
/// other: Serbian has far more Latin-script than Cyrillic-script training text here.
/// </summary>
public sealed class Transliteration
{
    private readonly ImmutableArray<(string From, string To)> _rules;

    public Transliteration(string language, string name)
    {
        _rules = [.. LanguageData.Lines(language, name).Select(line =>
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return (parts[0], parts[1]);
        })];
    }

    /// <summary>The lower-cased <paramref name="text"/> with every rule applied left to right.</summary>
    public string Apply(string text)
    {
        var lower = text.ToLowerInvariant();
        var sb = new StringBuilder(lower.Length);
        for (var i = 0; i < lower.Length;)
        {
            var matched = false;
            foreach (var (from, to) in _rules)
            {
                if (string.CompareOrdinal(lower, i, from, 0, from.Length) == 0)
                {
                    sb.Append(to);
                    i += from.Length;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                sb.Append(lower[i++]);
            }
        }

        return sb.ToString();
    }
}
