using System.Text;

namespace Caravan.Pipeline.Stages.Dedup;

/// <summary>
/// A Latin reading of a katakana word (Hepburn romanisation) made for name skeletons: the small kana join the syllable
/// before them (ティ = ti, ファ = fa, シャ = sha, キュ = kyu), the small tsu (ッ) adds no letter, the long-vowel mark (ー)
/// reads r after a and nothing after another vowel, and ン before b, p or m reads m (トランプ = torampu, as in "Trump"). A general transliteration spells the small
/// kana as whole syllables ("busshu" becomes "butsushiyu") and so breaks the consonant frame the Latin spelling has.
/// Linear in the input; characters other than katakana are skipped.
/// </summary>
public static class KanaReading
{
    private const char First = '\u30A1';

    /// <summary>The reading of each katakana U+30A1-U+30FA; small kana carry a leading '_' (join the syllable before).</summary>
    private static readonly string[] Syllables =
    [
        "_a", "a", "_i", "i", "_u", "u", "_e", "e", "_o", "o", // ァ ア ィ イ ゥ ウ ェ エ ォ オ
        "ka", "ga", "ki", "gi", "ku", "gu", "ke", "ge", "ko", "go", // カ ガ キ ギ ク グ ケ ゲ コ ゴ
        "sa", "za", "shi", "ji", "su", "zu", "se", "ze", "so", "zo", // サ ザ シ ジ ス ズ セ ゼ ソ ゾ
        "ta", "da", "chi", "ji", "", "tsu", "zu", "te", "de", "to", "do", // タ ダ チ ヂ ッ ツ ヅ テ デ ト ド
        "na", "ni", "nu", "ne", "no", // ナ ニ ヌ ネ ノ
        "ha", "ba", "pa", "hi", "bi", "pi", "fu", "bu", "pu", "he", "be", "pe", "ho", "bo", "po", // ハ行 with voiced and p
        "ma", "mi", "mu", "me", "mo", // マ ミ ム メ モ
        "_ya", "ya", "_yu", "yu", "_yo", "yo", // ャ ヤ ュ ユ ョ ヨ
        "ra", "ri", "ru", "re", "ro", // ラ リ ル レ ロ
        "_wa", "wa", "wi", "we", "o", "n", "vu", "ka", "ke", // ヮ ワ ヰ ヱ ヲ ン ヴ ヵ ヶ
        "va", "vi", "ve", "vo", // ヷ ヸ ヹ ヺ
    ];

    /// <summary>The reading in lowercase ASCII letters.</summary>
    public static string Read(ReadOnlySpan<char> katakana)
    {
        var sb = new StringBuilder(katakana.Length * 3);
        var start = 0; // where the last full-size kana's letters begin
        foreach (var c in katakana)
        {
            if (c == '\u30FC' && sb.Length > 0 && sb[^1] == 'a')
            {
                // A long a most often spells an English r after a vowel (ロバート Robert, ピーター Peter, ターナー Turner);
                // the other long vowels rarely do (プーチン Putin, ディズニー Disney, カバノー Kavanaugh).
                start = sb.Length;
                sb.Append('r');
                continue;
            }

            var index = c - First;
            if (index < 0 || index >= Syllables.Length)
            {
                continue;
            }

            var syllable = Syllables[index];
            if (syllable.Length > 0 && syllable[0] == '_')
            {
                Join(sb, syllable.AsSpan(1), bareVowel: sb.Length - start == 1);
                continue;
            }

            if (syllable.Length > 0 && syllable[0] is 'b' or 'p' or 'm' && sb.Length > 0 && sb[^1] == 'n')
            {
                // ン before a lip consonant is said m (every other n of the reading has its vowel after it).
                sb[^1] = 'm';
            }

            start = sb.Length;
            sb.Append(syllable);
        }

        return sb.ToString();
    }

    /// <summary>
    /// The reading without the vowel katakana adds to close a final consonant: u (ブッシュ bushu = Bush, ジム jimu = Jim), o
    /// after t or d (ケント kento = Kent). A reading of one syllable, or ending in another vowel, is returned as it is.
    /// </summary>
    public static string Closed(string reading)
    {
        if (reading.Length < 3)
        {
            return reading;
        }

        var last = reading[^1];
        var before = reading[^2];
        var added = (last == 'u' && before is not ('a' or 'e' or 'i' or 'o' or 'u')) || (last == 'o' && before is 't' or 'd');
        return added ? reading[..^1] : reading;
    }

    /// <summary>
    /// A small kana after a syllable: small ya/yu/yo replace its i (キャ = kya, シャ = sha, チョ = cho), a small vowel
    /// replaces its vowel (ティ = ti, ファ = fa); after a bare vowel the vowel becomes a glide (ウィ = wi, イェ = ye).
    /// </summary>
    private static void Join(StringBuilder sb, ReadOnlySpan<char> small, bool bareVowel)
    {
        if (sb.Length == 0 || sb[^1] is not ('a' or 'e' or 'i' or 'o' or 'u'))
        {
            sb.Append(small);
            return;
        }

        var vowel = sb[^1];
        sb.Length--;
        if (small[0] == 'y')
        {
            // sh, ch and j already carry the glide: シャ = sha, not shya.
            var palatal = sb.Length > 0 && (sb[^1] == 'j' || (sb[^1] == 'h' && sb.Length > 1 && sb[^2] is 's' or 'c'));
            sb.Append(palatal ? small[1..] : small);
            return;
        }

        if (bareVowel)
        {
            sb.Append(vowel switch { 'u' or 'o' => 'w', 'i' or 'e' => 'y', _ => vowel });
        }

        sb.Append(small);
    }
}
