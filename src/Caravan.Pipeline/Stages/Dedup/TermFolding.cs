using System.Text;
using AnyAscii;
using Caravan.Pipeline.Stages.Language;

namespace Caravan.Pipeline.Stages.Dedup;

/// <summary>
/// Language-independent forms of a word: the folded form (lowercase ASCII after transliteration, so
/// "Präsident", "Президент" and "President" meet), a prefix stem, and a consonant skeleton for names
/// whose spellings drift across languages ("Tokajew", "Tokayev"). Linear in the input.
/// </summary>
public static class TermFolding
{
    /// <summary>Prefix length of a stem. Six characters join most inflected and derived forms
    /// (präsident/präsidenten, kazakhstan/kazakhstani) while keeping unrelated words apart.</summary>
    public const int StemLength = 6;

    /// <summary>Characters below this (Latin, Greek, Cyrillic) are folded through a table built once.</summary>
    private const int TableSize = 0x530;

    /// <summary>Per character: its lowercase ASCII letters and digits after transliteration ("ß" -> "ss", "Ж" -> "zh").</summary>
    private static readonly string[] Table = BuildTable();

    /// <summary>Lowercase ASCII letters and digits of the token; other characters are dropped.</summary>
    public static string Fold(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (c >= TableSize)
            {
                // Other scripts transliterate by context (syllables, ideographs): whole token at once.
                return Keep(Transliterate(token));
            }
        }

        Span<char> buffer = token.Length <= 128 ? stackalloc char[token.Length * 2] : new char[token.Length * 2];
        var n = 0;
        foreach (var c in token)
        {
            var folded = Table[c];
            if (n + folded.Length > buffer.Length)
            {
                return Keep(Transliterate(token));
            }

            folded.AsSpan().CopyTo(buffer[n..]);
            n += folded.Length;
        }

        return new string(buffer[..n]);
    }

    private static string[] BuildTable()
    {
        var table = new string[TableSize];
        for (var c = 0; c < TableSize; c++)
        {
            var ch = (char)c;
            table[c] = c < 0x80 ? Keep(ch.ToString()) : Keep(ch.ToString().Transliterate());
        }

        return table;
    }

    private static string Keep(ReadOnlySpan<char> source)
    {
        Span<char> buffer = source.Length <= 256 ? stackalloc char[source.Length] : new char[source.Length];
        var n = 0;
        foreach (var c in source)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                buffer[n++] = c;
            }
            else if (c is >= 'A' and <= 'Z')
            {
                buffer[n++] = (char)(c + 32);
            }
        }

        return new string(buffer[..n]);
    }

    /// <summary>The first <see cref="StemLength"/> characters of a folded word.</summary>
    public static string Stem(string folded) => folded.Length <= StemLength ? folded : folded[..StemLength];

    /// <summary>
    /// A consonant skeleton for names: letters that transliterations swap merged (c/k/q, s/z/x,
    /// v/w/f, i/j/y, l/r), h and vowels after the first letter dropped, repeats collapsed. "tokajew" and
    /// "tokayev" both give "tkf"; b/p and d/t stay apart so that "biden" and "putin" do not meet. l and r are
    /// one letter because katakana has one liquid (メルケル = meruke<i>ru</i>, Merkel): Japanese pairs' recall on the
    /// synthetic NTREX set 0.61-0.70 -> 0.82-0.87 (fold 0), for 0.0025 pairwise F1 on WMT 2008-2012.
    /// </summary>
    public static string Skeleton(string folded)
    {
        var sb = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = Merge(folded[i]);
            if (i > 0 && (c is 'a' or 'e' or 'i' or 'o' or 'u' or 'h' || IsSilentG(folded, i)))
            {
                continue;
            }

            if (sb.Length == 0 || sb[^1] != c)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// The frame of a name too short for a consonant skeleton of three letters ("Bush" gives "bs"): consonants merged as in
    /// <see cref="Skeleton"/> but j kept apart, "ph" read as f, h dropped after the first letter, vowels kept (y as i).
    /// Katakana readings come without their closing vowel (<see cref="KanaReading.Closed"/>), so that ブッシュ and Bush
    /// both give "bus", ジム and Jim "jim", ニック and Nick "nik", トミー and Tommy "tomi". One vowel class, or a final
    /// vowel dropped from every spelling, merges common English names ("House" and "Hayes", "Todd" and "Today": BASIL
    /// 0.951 -> 0.941 and 0.947).
    /// </summary>
    public static string ShortFrame(string folded)
    {
        var sb = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (c == 'p' && i + 1 < folded.Length && folded[i + 1] == 'h')
            {
                c = 'f';
                i++;
            }
            else if (i > 0 && c == 'h')
            {
                continue;
            }

            c = c is 'a' or 'e' or 'i' or 'o' or 'u' or 'j' ? c : c == 'y' ? 'i' : Merge(c);
            if (sb.Length == 0 || sb[^1] != c)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>True for scripts written without spaces between words (Han, kana), which are split into character bigrams.</summary>
    public static bool IsUnspaced(char c) =>
        c is >= '\u3040' and <= '\u30FF' // hiragana, katakana
            or >= '\u3400' and <= '\u4DBF' // CJK extension A
            or >= '\u4E00' and <= '\u9FFF' // CJK unified ideographs
            or >= '\uF900' and <= '\uFAFF'; // CJK compatibility ideographs

    /// <summary>True when every character is a Han ideograph (Chinese characters, Japanese kanji).</summary>
    public static bool IsHan(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (WritingScripts.Of(c) != WritingScript.Han)
            {
                return false;
            }
        }

        return token.Length > 0;
    }

    /// <summary>True when every character is katakana (U+30A1-U+30FA, U+30FC: words and names spelled by sound).</summary>
    public static bool IsKatakana(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (c is not (>= '\u30A1' and <= '\u30FA' or '\u30FC'))
            {
                return false;
            }
        }

        return token.Length > 0;
    }

    /// <summary>True when the token starts with an uppercase letter (a name candidate).</summary>
    public static bool IsCapitalised(ReadOnlySpan<char> token) =>
        token.Length > 1 && char.IsUpper(token[0]) && !char.IsUpper(token[1]);

    private static string Transliterate(ReadOnlySpan<char> token) =>
        token.ToString().Normalize(NormalizationForm.FormC).Transliterate();

    /// <summary>The g of "-ngton" is not said (Washington, Paddington, Wellington; katakana ワシントン "washinton").</summary>
    private static bool IsSilentG(string folded, int i) =>
        folded[i] == 'g' && folded[i - 1] == 'n' && i + 1 < folded.Length && folded[i + 1] == 't';

    private static char Merge(char c) => c switch
    {
        'c' or 'q' or 'k' => 'k',
        'z' or 's' or 'x' => 's',
        'w' or 'v' or 'f' => 'f',
        'j' or 'y' => 'i',
        'l' => 'r',
        _ => c,
    };
}
