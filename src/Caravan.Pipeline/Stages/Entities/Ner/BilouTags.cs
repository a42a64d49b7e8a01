namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>
/// The BILOU tag set the structured models decode in (Ratinov and Roth 2009: BILOU beats IOB2 for
/// NER because the last and the single token of a name get weights of their own): 0 = O, then per
/// type (in <see cref="EntityType"/> order) B, I, L, U at 1 + 4*type + {0,1,2,3}. Converted from and
/// to <see cref="NerTags"/> (IOB2) at the model's edges, so every consumer keeps reading IOB2.
/// </summary>
internal static class BilouTags
{
    public const int Count = 17;
    public const int Outside = 0;
    private const int Begin = 0, Inside = 1, Last = 2, Unit = 3;

    private static readonly bool[] Transitions = BuildTransitions();

    public static int Of(EntityType type, int position) => 1 + (4 * (int)type) + position;

    private static int PositionOf(int tag) => (tag - 1) % 4;

    private static EntityType TypeOf(int tag) => (EntityType)((tag - 1) / 4);

    /// <summary>Whether <paramref name="tag"/> may follow <paramref name="previous"/> (the sentence start counts as O).</summary>
    public static bool Allowed(int previous, int tag) => Transitions[(previous * Count) + tag];

    /// <summary>Whether a sentence may end on <paramref name="tag"/> (no open B or I).</summary>
    public static bool CanEnd(int tag) => tag == Outside || PositionOf(tag) is Last or Unit;

    /// <summary>IOB2 tags (<see cref="NerTags"/>) to BILOU, span by span as conlleval reads them.</summary>
    public static int[] FromIob(IReadOnlyList<int> iob)
    {
        var bilou = new int[iob.Count];
        foreach (var (start, end, type) in NerTags.Spans(iob))
        {
            if (end - start == 1)
            {
                bilou[start] = Of(type, Unit);
                continue;
            }

            bilou[start] = Of(type, Begin);
            for (var i = start + 1; i < end - 1; i++)
            {
                bilou[i] = Of(type, Inside);
            }

            bilou[end - 1] = Of(type, Last);
        }

        return bilou;
    }

    /// <summary>BILOU tags back to IOB2 (<see cref="NerTags"/>).</summary>
    public static int[] ToIob(IReadOnlyList<int> bilou)
    {
        var iob = new int[bilou.Count];
        for (var i = 0; i < bilou.Count; i++)
        {
            var tag = bilou[i];
            iob[i] = tag == Outside ? NerTags.Outside
                : NerTags.Begin(TypeOf(tag)) + (PositionOf(tag) is Begin or Unit ? 0 : 1);
        }

        return iob;
    }

    private static bool[] BuildTransitions()
    {
        var allowed = new bool[Count * Count];
        for (var previous = 0; previous < Count; previous++)
        {
            var open = previous != Outside && PositionOf(previous) is Begin or Inside;
            for (var tag = 0; tag < Count; tag++)
            {
                var continues = tag != Outside && PositionOf(tag) is Inside or Last;
                allowed[(previous * Count) + tag] = open
                    ? continues && TypeOf(tag) == TypeOf(previous)
                    : !continues;
            }
        }

        return allowed;
    }
}
