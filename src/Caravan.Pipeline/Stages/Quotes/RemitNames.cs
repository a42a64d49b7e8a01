using Caravan.Pipeline.Lexicons;

namespace Caravan.Pipeline.Stages.Quotes;

/// <summary>
/// How far an organisation's name runs when its noun is followed by its field: "Komitee für auswärtige
/// Angelegenheiten des Parlaments" (noun, remit preposition, lowercase modifiers, a capitalised noun, and an
/// optional genitive attribute). The words come from Languages/&lt;iso&gt;/speech.txt (remit, genitive).
/// A German organisation noun alone is an ordinary noun and taggers often leave the whole name untagged
/// (the structured de model of session 6 did for the quote gold's de-04); the remit is what makes it a name.
/// </summary>
internal static class RemitNames
{
    /// <summary>Lowercase words allowed between the preposition (or the genitive article) and its noun.</summary>
    private const int MaxModifiers = 2;

    /// <summary>
    /// The index of the name's last word when <paramref name="k"/> (an organisation noun) is followed by a remit,
    /// else -1. <paramref name="isModifier"/> accepts a lowercase word inside the name (no verb).
    /// </summary>
    public static int End(ImmutableArray<Word> words, int k, QuoteLexicon lexicon, Func<int, bool> isCapitalised, Func<int, bool> isModifier)
    {
        if (k + 2 >= words.Length || !lexicon.Remits.Contains(words[k + 1].Lower))
        {
            return -1;
        }

        var noun = NounAfter(words, k + 2, isCapitalised, isModifier);
        if (noun < 0 || lexicon.Role(words[noun].Lower) is { Type: EntityType.Per })
        {
            return -1;
        }

        if (noun + 2 < words.Length && lexicon.Genitives.Contains(words[noun + 1].Lower)
            && NounAfter(words, noun + 2, isCapitalised, isModifier) is var tail and >= 0
            && lexicon.Role(words[tail].Lower) is not { Type: EntityType.Per })
        {
            return tail;
        }

        return noun;
    }

    /// <summary>The capitalised word at <paramref name="from"/> after at most <see cref="MaxModifiers"/> lowercase modifiers, or -1.</summary>
    private static int NounAfter(ImmutableArray<Word> words, int from, Func<int, bool> isCapitalised, Func<int, bool> isModifier)
    {
        for (var j = from; j < words.Length && j <= from + MaxModifiers; j++)
        {
            if (isCapitalised(j))
            {
                return j;
            }

            if (!isModifier(j))
            {
                return -1;
            }
        }

        return -1;
    }
}
