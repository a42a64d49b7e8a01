namespace Caravan.Pipeline.Stages.Dedup;

/// <summary>
/// A number as written in running text, read the way most news languages write it: "1,200" and "1.200"
/// are 1200 (groups of three after a separator), "3,5" and "3.5" are 3.5, "1,234.5" and "1.234,5" are
/// 1234.5. Kept as decimal digit strings so a scale word can shift the point exactly ("3,5 Millionen" =
/// 3500000, the same term as "3,500,000"). Digit runs that fit none of these forms ("18.09.2013") are
/// read as their digits alone, as before separators were read.
/// </summary>
/// <param name="Integer">Digits before the point, without leading zeros ("" for none).</param>
/// <param name="Fraction">Digits after the point, without trailing zeros ("" for none).</param>
internal readonly record struct DecimalNumber(string Integer, string Fraction)
{
    /// <summary>Longer digit runs written out are identifiers (phone numbers, page ids), not quantities.</summary>
    public const int MaxWrittenDigits = 12;

    /// <summary>A scale word may lift a number up to this many integer digits (a trillion and more).</summary>
    private const int MaxScaledDigits = 15;

    /// <summary>The fingerprint term ("#1200", "#3.5"); empty for zero and for over-long digit runs.</summary>
    public string Term(bool scaled = false) =>
        (Integer.Length == 0 && Fraction.Length == 0) || Integer.Length > (scaled ? MaxScaledDigits : MaxWrittenDigits)
            ? ""
            : "#" + (Integer.Length == 0 ? "0" : Integer) + (Fraction.Length == 0 ? "" : "." + Fraction);

    /// <summary>
    /// Reads a token of digits joined by '.' or ','; <paramref name="digits"/> (its folded digits) when it has
    /// other characters or no reading fits.
    /// </summary>
    public static DecimalNumber Parse(ReadOnlySpan<char> raw, string digits)
    {
        Span<Range> groups = stackalloc Range[Math.Min(raw.Length, 64) + 1];
        Span<char> separators = stackalloc char[groups.Length];
        var count = 0;
        var start = 0;
        for (var i = 0; i <= raw.Length; i++)
        {
            if (i == raw.Length || raw[i] is '.' or ',')
            {
                if (count == groups.Length || i == start)
                {
                    return Of(digits, "");
                }

                separators[count] = i < raw.Length ? raw[i] : '\0';
                groups[count++] = start..i;
                start = i + 1;
            }
            else if (!char.IsAsciiDigit(raw[i]))
            {
                return Of(digits, "");
            }
        }

        if (count == 1)
        {
            return Of(raw.ToString(), "");
        }

        // Thousands: a first group of one to three digits, then groups of exactly three after one separator kind.
        // The last group may instead follow the other separator and be the fraction ("1,234.5", "1.234,5").
        var thousands = separators[0];
        var last = count - 1;
        var fractionAtEnd = separators[last - 1] != thousands;
        var grouped = raw[groups[0]].Length <= 3;
        for (var g = 1; g < count && grouped; g++)
        {
            var isFraction = fractionAtEnd && g == last;
            grouped = isFraction || (separators[g - 1] == thousands && raw[groups[g]].Length == 3);
        }

        if (grouped)
        {
            var integer = new System.Text.StringBuilder();
            for (var g = 0; g < (fractionAtEnd ? last : count); g++)
            {
                integer.Append(raw[groups[g]]);
            }

            return Of(integer.ToString(), fractionAtEnd ? raw[groups[last]].ToString() : "");
        }

        // One separator not followed by three digits: a decimal point or comma ("3.5", "3,25").
        return count == 2 ? Of(raw[groups[0]].ToString(), raw[groups[1]].ToString()) : Of(digits, "");
    }

    /// <summary>The number times 10^<paramref name="power"/>.</summary>
    public DecimalNumber Scale(int power)
    {
        var all = Integer + Fraction;
        var point = Integer.Length + power;
        return point >= all.Length
            ? Of(all + new string('0', point - all.Length), "")
            : point <= 0 ? Of("", new string('0', -point) + all) : Of(all[..point], all[point..]);
    }

    private static DecimalNumber Of(string integer, string fraction) =>
        new(integer.TrimStart('0'), fraction.TrimEnd('0'));
}
