namespace Caravan.Pipeline.Stages.Dedup;

/// <summary>
/// A Latin reading of a Cyrillic word made for name skeletons: "дж" reads j, the sound Russian, Ukrainian and Bulgarian
/// write with those two letters in English names (Джонс Jones, Джексон Jackson, Джакарта Jakarta). A general
/// transliteration spells it "dzh", whose skeleton "ds" never meets the Latin j. Folded forms, stems and the lexicons
/// keep the general transliteration. Linear in the input.
/// </summary>
public static class CyrillicReading
{
    /// <summary>The folded reading of a word holding "дж" (any case), or null for any other word (its folded form is its reading).</summary>
    public static string? Read(ReadOnlySpan<char> word)
    {
        if (word.IndexOf("дж", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return null;
        }

        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        var n = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var dzh = i + 1 < word.Length && word[i] is 'д' or 'Д' && word[i + 1] is 'ж' or 'Ж';
            buffer[n++] = dzh ? 'j' : word[i];
            i += dzh ? 1 : 0;
        }

        return TermFolding.Fold(buffer[..n]);
    }
}
