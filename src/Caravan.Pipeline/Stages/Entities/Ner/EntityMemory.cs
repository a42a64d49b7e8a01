using System.Collections.Frozen;

namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>
/// The entity names seen in the training data (lowercase token phrases -> most frequent type), a
/// gazetteer learnt from the corpus. Training marks each document with a memory built from the
/// other folds only (jackknifing), so the weights learn how far a remembered name can be trusted
/// on unseen text instead of copying the gold tags.
/// </summary>
public sealed class EntityMemory
{
    public const int MaxTokens = 6;
    private readonly Dictionary<string, EntityType> _phrases;

    private readonly Lazy<FrozenDictionary<string, NameTokenRole>> _roles;

    private readonly Lazy<Dictionary<string, byte>> _stems;

    private readonly Lazy<Dictionary<string, byte>> _romanianStems;

    public EntityMemory(IReadOnlyDictionary<string, EntityType> phrases)
    {
        _phrases = new Dictionary<string, EntityType>(phrases, StringComparer.Ordinal);
        _roles = new Lazy<FrozenDictionary<string, NameTokenRole>>(() => NameTokenRole.Index(_phrases));
        _stems = new Lazy<Dictionary<string, byte>>(() => NerStems.Index(_phrases, NerStems.Of));
        _romanianStems = new Lazy<Dictionary<string, byte>>(() => NerStems.Index(_phrases, RomanianStems.Of));
    }

    /// <summary>
    /// Builds the indexes the optional templates of <paramref name="features"/> look words up in
    /// (<see cref="RoleOf"/>, <see cref="StemIndex"/>, <see cref="RomanianStemIndex"/>) now, at model load, rather than on the first lookup
    /// while tagging. Each index is otherwise built once, on first use.
    /// </summary>
    public void Index(NerFeatureSet features)
    {
        if ((features & NerFeatureSet.NameTokens) != 0)
        {
            _ = _roles.Value;
        }

        if ((features & NerFeatureSet.NameStems) != 0)
        {
            _ = _stems.Value;
        }

        if ((features & NerFeatureSet.RomanianStems) != 0)
        {
            _ = _romanianStems.Value;
        }
    }

    /// <summary>The part a word most often plays in the remembered names of two or more tokens ("werner": first token of a person), if any.</summary>
    public NameTokenRole? RoleOf(string lower) => _roles.Value.TryGetValue(lower, out var role) ? role : null;

    /// <summary>The stems of the words of the remembered names with their marks (<see cref="NerStems.Index"/>).</summary>
    internal Dictionary<string, byte> StemIndex => _stems.Value;

    /// <summary>The same for the Romanian stems of the words (<see cref="RomanianStems"/>).</summary>
    internal Dictionary<string, byte> RomanianStemIndex => _romanianStems.Value;

    public static EntityMemory Empty { get; } = new(new Dictionary<string, EntityType>());

    public IReadOnlyDictionary<string, EntityType> Phrases => _phrases;

    /// <summary>A memory of every gold entity in <paramref name="documents"/> (ties between types: the lower type).</summary>
    public static EntityMemory Build(IEnumerable<List<NerSentence>> documents)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var sentence in documents.SelectMany(d => d))
        {
            foreach (var (start, end, type) in NerTags.Spans(sentence.Gold!))
            {
                if (end - start > MaxTokens)
                {
                    continue;
                }

                var phrase = string.Join(' ', sentence.Lower[start..end]);
                if (!counts.TryGetValue(phrase, out var byType))
                {
                    counts[phrase] = byType = new int[4];
                }

                byType[(int)type]++;
            }
        }

        return new EntityMemory(counts.ToDictionary(p => p.Key, p => (EntityType)Array.IndexOf(p.Value, p.Value.Max()), StringComparer.Ordinal));
    }

    /// <summary>Per token: 0, or 1 + 2 * type (+1 inside) for the longest remembered phrase covering it.</summary>
    public byte[] Mark(string[] lower)
    {
        var marks = new byte[lower.Length];
        if (_phrases.Count == 0)
        {
            return marks;
        }

        var i = 0;
        while (i < lower.Length)
        {
            var found = 0;
            var type = EntityType.Misc;
            var phrase = "";
            for (var n = 1; n <= MaxTokens && i + n <= lower.Length; n++)
            {
                phrase = n == 1 ? lower[i] : phrase + " " + lower[i + n - 1];
                if (_phrases.TryGetValue(phrase, out var t))
                {
                    found = n;
                    type = t;
                }
            }

            if (found == 0)
            {
                i++;
                continue;
            }

            for (var k = 0; k < found; k++)
            {
                marks[i + k] = (byte)(NerTags.Begin(type) + (k == 0 ? 0 : 1));
            }

            i += found;
        }

        return marks;
    }
}
