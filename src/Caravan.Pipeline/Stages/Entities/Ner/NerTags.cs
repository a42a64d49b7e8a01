namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>
/// The IOB2 tag set over PER, ORG, LOC, MISC as dense indices: 0 = O, then B-/I- per type
/// (index 1 + 2*type is B, 2 + 2*type is I, with types in <see cref="EntityType"/> order).
/// </summary>
public static class NerTags
{
    public const int Count = 9;
    public const int Outside = 0;

    private static readonly string[] Names =
        ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

    public static string Name(int tag) => Names[tag];

    public static int Begin(EntityType type) => 1 + (2 * (int)type);

    public static bool IsBegin(int tag) => tag != Outside && tag % 2 == 1;

    public static bool IsInside(int tag) => tag != Outside && tag % 2 == 0;

    public static EntityType TypeOf(int tag) => (EntityType)((tag - 1) / 2);

    /// <summary>IOB2 forbids I-X unless the previous tag is B-X or I-X.</summary>
    public static bool Allowed(int previous, int tag) =>
        !IsInside(tag) || (previous != Outside && TypeOf(previous) == TypeOf(tag));

    /// <summary>Parses an IOB2 (or IOB1) tag; unknown types and malformed tags read as O.</summary>
    public static int Parse(string tag)
    {
        if (tag.Length < 3 || tag[1] != '-' || (tag[0] != 'B' && tag[0] != 'I'))
        {
            return Outside;
        }

        if (!EntityTypes.TryParse(tag[2..], out var type))
        {
            return Outside;
        }

        return tag[0] == 'B' ? Begin(type) : Begin(type) + 1;
    }

    /// <summary>Entity spans [start, end) over token indices, as conlleval reads IOB2.</summary>
    public static IEnumerable<(int Start, int End, EntityType Type)> Spans(IReadOnlyList<int> tags)
    {
        var start = -1;
        var type = EntityType.Misc;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : Outside;
            var continues = IsInside(tag) && start >= 0 && TypeOf(tag) == type;
            if (start >= 0 && !continues)
            {
                yield return (start, i, type);
                start = -1;
            }

            if (tag != Outside && !continues)
            {
                start = i;
                type = TypeOf(tag);
            }
        }
    }
}
