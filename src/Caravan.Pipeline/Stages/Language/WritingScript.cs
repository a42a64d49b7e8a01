namespace Caravan.Pipeline.Stages.Language;

/// <summary>
/// The writing systems the identifier tells apart before it looks at n-grams. The script of a text
/// decides which languages can compete (Hangul can only be Korean), which is both faster and more
/// accurate than letting every model score every text.
/// </summary>
public enum WritingScript
{
    Other = 0,
    Latin,
    Cyrillic,
    Greek,
    Armenian,
    Hebrew,
    Arabic,
    Thaana,
    Devanagari,
    Bengali,
    Gurmukhi,
    Gujarati,
    Oriya,
    Tamil,
    Telugu,
    Kannada,
    Malayalam,
    Sinhala,
    Thai,
    Lao,
    Tibetan,
    Myanmar,
    Georgian,
    Hangul,
    Ethiopic,
    Khmer,
    Han,
    Kana,
    Tifinagh,
}

/// <summary>Maps a character to its <see cref="WritingScript"/> by Unicode block.</summary>
public static class WritingScripts
{
    /// <summary>Number of values of <see cref="WritingScript"/>.</summary>
    public const int Count = (int)WritingScript.Tifinagh + 1;

    /// <summary>The script of a letter or combining mark; <see cref="WritingScript.Other"/> for anything else.</summary>
    public static WritingScript Of(char c) => c switch
    {
        < '\u0250' => WritingScript.Latin,
        >= '\u0370' and < '\u0400' => WritingScript.Greek,
        >= '\u0400' and < '\u0530' => WritingScript.Cyrillic,
        >= '\u0530' and < '\u0590' => WritingScript.Armenian,
        >= '\u0590' and < '\u0600' => WritingScript.Hebrew,
        >= '\u0600' and < '\u0780' => WritingScript.Arabic,
        >= '\u0780' and < '\u07C0' => WritingScript.Thaana,
        >= '\u0900' and < '\u0980' => WritingScript.Devanagari,
        >= '\u0980' and < '\u0A00' => WritingScript.Bengali,
        >= '\u0A00' and < '\u0A80' => WritingScript.Gurmukhi,
        >= '\u0A80' and < '\u0B00' => WritingScript.Gujarati,
        >= '\u0B00' and < '\u0B80' => WritingScript.Oriya,
        >= '\u0B80' and < '\u0C00' => WritingScript.Tamil,
        >= '\u0C00' and < '\u0C80' => WritingScript.Telugu,
        >= '\u0C80' and < '\u0D00' => WritingScript.Kannada,
        >= '\u0D00' and < '\u0D80' => WritingScript.Malayalam,
        >= '\u0D80' and < '\u0E00' => WritingScript.Sinhala,
        >= '\u0E00' and < '\u0E80' => WritingScript.Thai,
        >= '\u0E80' and < '\u0F00' => WritingScript.Lao,
        >= '\u0F00' and < '\u1000' => WritingScript.Tibetan,
        >= '\u1000' and < '\u10A0' => WritingScript.Myanmar,
        >= '\u10A0' and < '\u1100' => WritingScript.Georgian,
        >= '\u1100' and < '\u1200' => WritingScript.Hangul,
        >= '\u1200' and < '\u13A0' => WritingScript.Ethiopic,
        >= '\u1780' and < '\u1800' => WritingScript.Khmer,
        >= '\u1C90' and < '\u1CC0' => WritingScript.Georgian,
        >= '\u1E00' and < '\u1F00' => WritingScript.Latin,
        >= '\u1F00' and < '\u2000' => WritingScript.Greek,
        >= '\u2D30' and < '\u2D80' => WritingScript.Tifinagh,
        >= '\u2D80' and < '\u2DE0' => WritingScript.Ethiopic,
        >= '\u2DE0' and < '\u2E00' => WritingScript.Cyrillic,
        >= '\u3040' and < '\u3100' => WritingScript.Kana,
        >= '\u3130' and < '\u3190' => WritingScript.Hangul,
        >= '\u31F0' and < '\u3200' => WritingScript.Kana,
        >= '\u3400' and < '\u4DC0' => WritingScript.Han,
        >= '\u4E00' and < '\uA000' => WritingScript.Han,
        >= '\uA640' and < '\uA6A0' => WritingScript.Cyrillic,
        >= '\uA720' and < '\uA800' => WritingScript.Latin,
        >= '\uAB00' and < '\uAB30' => WritingScript.Ethiopic,
        >= '\uAC00' and < '\uD7B0' => WritingScript.Hangul,
        >= '\uF900' and < '\uFB00' => WritingScript.Han,
        >= '\uFB1D' and < '\uFB50' => WritingScript.Hebrew,
        >= '\uFB50' and < '\uFE00' => WritingScript.Arabic,
        >= '\uFE70' and < '\uFF00' => WritingScript.Arabic,
        >= '\uFF21' and < '\uFF5B' => WritingScript.Latin,
        >= '\uFF66' and < '\uFFA0' => WritingScript.Kana,
        _ => WritingScript.Other,
    };
}
