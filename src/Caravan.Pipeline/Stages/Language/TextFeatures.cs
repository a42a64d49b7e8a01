using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Caravan.Pipeline.Stages.Language;

/// <summary>
/// Turns text into hashed features, the same way for training and identification: lower-cased
/// words (runs of letters and combining marks of one script), each padded with a space and cut
/// into character n-grams of length 1 to <see cref="MaxOrder"/>, plus the whole word as one more
/// feature (which carries most of the evidence in a one- or two-word text). Digits, punctuation,
/// URLs' slashes and symbols separate words and carry no evidence. The hot methods are optimised
/// from their first call: a CLI run is over before tiered compilation would get to them.
/// </summary>
public static class TextFeatures
{
    /// <summary>The longest character n-gram.</summary>
    public const int MaxOrder = 5;

    /// <summary>Words are cut into pieces of this many characters (CJK and Thai runs have no spaces).</summary>
    public const int MaxWord = 48;

    /// <summary>
    /// The text in composed form when it holds combining diacritics (U+0300-U+036F): Yoruba or
    /// Vietnamese typed as base letter + mark must give the same n-grams as precomposed letters.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ReadOnlySpan<char> Compose(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u0300' and < '\u0370')
            {
                var s = text.ToString();
                try
                {
                    return s.IsNormalized(System.Text.NormalizationForm.FormC) ? s : s.Normalize(System.Text.NormalizationForm.FormC);
                }
                catch (ArgumentException)
                {
                    // A lone surrogate makes the text unnormalizable (issue #8 fuzzing): its n-grams are taken as they are.
                    return text;
                }
            }
        }

        return text;
    }

    /// <summary>Marks a whole-word feature when <see cref="Extract"/> is asked to tag them (bucket ids use at most 26 bits).</summary>
    public const uint WordTag = 1u << 31;

    /// <summary>Most features one word of <paramref name="length"/> characters yields.</summary>
    public static int FeaturesPerWord(int length) => (MaxOrder * (length + 2)) + 1;

    /// <summary>
    /// Writes the feature buckets of <paramref name="text"/> into <paramref name="features"/> until it
    /// is full (whole words only) and counts letters per script into <paramref name="scriptLetters"/>
    /// (length <see cref="WritingScripts.Count"/>). N-grams shorter than <paramref name="minOrder"/> are
    /// skipped; with <paramref name="tagWords"/> each whole-word feature carries <see cref="WordTag"/>
    /// (the identifier weighs it in one row scan instead of reading the row once per unit of weight).
    /// Returns the number of features written.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Extract(ReadOnlySpan<char> text, int bits, Span<uint> features, Span<int> scriptLetters, int minOrder = 1, bool tagWords = false)
    {
        Span<char> word = stackalloc char[MaxWord];
        var length = 0;
        var wordScript = WritingScript.Other;
        var count = 0;
        foreach (var raw in text)
        {
            var c = Normalize(raw, out var isMark);
            var script = c == '\0' ? WritingScript.Other : isMark && length > 0 ? wordScript : WritingScripts.Of(c);
            if (c == '\0' || (length > 0 && script != wordScript) || length == MaxWord)
            {
                if (length > 0)
                {
                    if (!Emit(word[..length], bits, minOrder, tagWords, features, ref count))
                    {
                        return count;
                    }

                    length = 0;
                }

                if (c == '\0')
                {
                    continue;
                }
            }

            wordScript = script;
            word[length++] = c;
            if (!isMark)
            {
                scriptLetters[(int)script]++;
            }
        }

        if (length > 0)
        {
            Emit(word[..length], bits, minOrder, tagWords, features, ref count);
        }

        return count;
    }

    /// <summary>
    /// Keeps the first occurrence of each value of <paramref name="features"/> at the front, in order; returns how
    /// many there are. A text's repeated n-grams and words (a genus named twice, "magnitude ... magnitude") then count
    /// once, as in a Bernoulli reading of the text: on the Lingua dev sentences 96.75 -> 96.84 (docs/benchmarks/langid.md).
    /// Linear: an open-addressing set on the stack for up to <see cref="DistinctStackSlots"/> / 2 features.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Distinct(Span<uint> features)
    {
        if (features.Length < 2)
        {
            return features.Length;
        }

        var slots = DistinctStackSlots;
        while (slots < 2 * features.Length)
        {
            slots *= 2;
        }

        uint[]? rented = null;
        var set = slots <= DistinctStackSlots ? stackalloc uint[slots] : (rented = ArrayPool<uint>.Shared.Rent(slots)).AsSpan(0, slots);
        set.Clear();
        var mask = slots - 1;
        var n = 0;
        foreach (var f in features)
        {
            // Stored as f + 1 so that an empty slot (0) never equals a feature (bucket ids and WordTag leave room).
            var stored = f + 1;
            var at = (int)((stored * 0x9E3779B1u) >> 7) & mask;
            while (set[at] != 0 && set[at] != stored)
            {
                at = (at + 1) & mask;
            }

            if (set[at] == 0)
            {
                set[at] = stored;
                features[n++] = f;
            }
        }

        if (rented is not null)
        {
            ArrayPool<uint>.Shared.Return(rented);
        }

        return n;
    }

    private const int DistinctStackSlots = 1024;

    /// <summary>Lower-cased letter or mark, or '\0' for a separator. Romanian cedilla forms are folded to comma below.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static char Normalize(char c, out bool isMark)
    {
        isMark = false;
        if (c < 128)
        {
            return c is >= 'a' and <= 'z' ? c : c is >= 'A' and <= 'Z' ? (char)(c + 32) : '\0';
        }

        switch (char.GetUnicodeCategory(c))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.ModifierLetter:
                c = char.ToLowerInvariant(c);
                // Romanian is often typed with the Turkish cedilla letters; one form keeps the evidence together.
                return c switch { '\u015F' => '\u0219', '\u0163' => '\u021B', _ => c };
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
                isMark = true;
                return c;
            default:
                return '\0';
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Emit(ReadOnlySpan<char> word, int bits, int minOrder, bool tagWords, Span<uint> features, ref int count)
    {
        if (count + FeaturesPerWord(word.Length) > features.Length)
        {
            return false;
        }

        var shift = 32 - bits;
        var padded = word.Length + 2;
        for (var i = 0; i < padded; i++)
        {
            var h = 2166136261u;
            var max = Math.Min(MaxOrder, padded - i);
            for (var n = 0; n < max; n++)
            {
                var p = i + n;
                var c = p == 0 || p == padded - 1 ? ' ' : word[p - 1];
                h = (h ^ c) * 16777619u;
                if (n + 1 < minOrder || (n == 0 && (i == 0 || i == padded - 1)))
                {
                    // A lone padding space says nothing about the language.
                    continue;
                }

                features[count++] = Bucket(h, shift);
            }
        }

        var w = 0x2545F491u;
        foreach (var c in word)
        {
            w = (w ^ c) * 16777619u;
        }

        features[count++] = Bucket(w ^ 0x5BD1E995u, shift) | (tagWords ? WordTag : 0);
        return true;
    }

    // Fibonacci hashing spreads FNV's weak low bits over the table.
    private static uint Bucket(uint h, int shift) => (h * 0x9E3779B1u) >> shift;
}
