using System.Collections.Frozen;

namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>Where a word stands in a name of several tokens.</summary>
public enum NamePosition : byte
{
    First = 0,
    Inner = 1,
    Last = 2,
}

/// <summary>
/// The part a word plays in the multi-token names of a name list or memory: its most frequent type and
/// position ("werner" first in persons, "bank" last in organisations, "von" inner) and in how many of
/// those names it occurs. An unseen full name ("Werner Immel") is half known when its parts are.
/// </summary>
public readonly record struct NameTokenRole(EntityType Type, NamePosition Position, int Names)
{
    /// <summary>Type and position as one small number (type * 3 + position).</summary>
    public int Code => ((int)Type * 3) + (int)Position;

    /// <summary>The roles of every token of the phrases of two or more tokens (ties: the lower code).</summary>
    public static FrozenDictionary<string, NameTokenRole> Index(IReadOnlyDictionary<string, EntityType> phrases)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (phrase, type) in phrases)
        {
            var tokens = phrase.Split(' ');
            if (tokens.Length < 2)
            {
                continue;
            }

            for (var k = 0; k < tokens.Length; k++)
            {
                if (!counts.TryGetValue(tokens[k], out var byRole))
                {
                    counts[tokens[k]] = byRole = new int[4 * 3];
                }

                var position = k == 0 ? NamePosition.First : k == tokens.Length - 1 ? NamePosition.Last : NamePosition.Inner;
                byRole[((int)type * 3) + (int)position]++;
            }
        }

        return counts.ToFrozenDictionary(p => p.Key, p =>
        {
            var best = Array.IndexOf(p.Value, p.Value.Max());
            return new NameTokenRole((EntityType)(best / 3), (NamePosition)(best % 3), p.Value.Sum());
        }, StringComparer.Ordinal);
    }
}
