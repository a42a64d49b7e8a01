using System.Collections.Frozen;
using Caravan.Core.Languages;

namespace Caravan.Pipeline.Stages.Entities;

/// <summary>
/// The names of international organisations in every language (<c>Languages/xx/organisations.txt</c>):
/// short forms and translations that transliteration and phonetic folding cannot join ("EU", "ЕС",
/// "Евросоюз", "Uniunea Europeană"), each mapped to the key of its English name ("european union").
/// Immutable and thread-safe.
/// </summary>
internal sealed class OrganisationNames
{
    private readonly FrozenDictionary<string, string> _keys;

    private OrganisationNames(IEnumerable<string> lines)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var names = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var key = EntityKeys.Folded(EntityKeys.Words(names[0]));
            foreach (var name in names.Skip(1))
            {
                keys.TryAdd(EntityKeys.Phrase(EntityKeys.Words(name)), key);
            }
        }

        _keys = keys.ToFrozenDictionary(StringComparer.Ordinal);
        FirstWords = keys.Keys.Select(k => k.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal);
        MaxWords = keys.Keys.Max(k => k.Split(' ').Length);
    }

    /// <summary>The first word of every listed name, as <see cref="EntityKeys.Phrase"/> writes it.</summary>
    public FrozenSet<string> FirstWords { get; }

    /// <summary>The most words a listed name has.</summary>
    public int MaxWords { get; }

    public static OrganisationNames Default { get; } = new(LanguageData.Lines("xx", "organisations"));

    /// <summary>The key of the organisation the lowercase words name ("евросоюз" -> "european union"), or null.</summary>
    public string? KeyOf(IEnumerable<string> words) => _keys.GetValueOrDefault(EntityKeys.Phrase(words));
}
