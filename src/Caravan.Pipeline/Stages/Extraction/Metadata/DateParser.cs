using System.Globalization;
using Caravan.Core.Languages;

namespace Caravan.Pipeline.Stages.Extraction.Metadata;

/// <summary>
/// Parses publication dates: machine formats (ISO 8601, RFC 1123, compact and numeric forms) and
/// visible date lines in any language with a <c>Languages/&lt;iso&gt;/months.txt</c> file
/// ("28. Februar 2023", "28 februarie 2023", "Feb. 28, 2023", "28 февраля 2023"). A date before
/// 1990 or after <see cref="Now"/> is rejected. Date-only values are midnight UTC.
/// </summary>
internal sealed class DateParser
{
    private static readonly string[] MachineFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ss",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd", "ddd, dd MMM yyyy HH:mm:ss 'GMT'",
        "ddd, d MMM yyyy HH:mm:ss zzz", "yyyy-MM-dd'T'HH:mm:ss zzz", "yyyy-MM-ddTHH:mm:sszzz",
    ];

    // Month names and joiners of every language, read once (a parser is made per page).
    private static readonly Dictionary<string, int> MonthNames = ReadMonths();
    private static readonly HashSet<string> Joiners = ReadJoiners();

    private readonly Dictionary<string, int> _months = MonthNames;
    private readonly HashSet<string> _joiners = Joiners;

    public DateParser(DateTimeOffset now) => Now = now;

    private static Dictionary<string, int> ReadMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var language in LanguageData.LanguagesWith("months"))
        {
            foreach (var line in LanguageData.Lines(language, "months"))
            {
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length > 1 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var month))
                {
                    foreach (var name in parts.Skip(1))
                    {
                        months.TryAdd(name.ToLowerInvariant(), month);
                    }
                }
            }
        }

        return months;
    }

    private static HashSet<string> ReadJoiners()
    {
        var joiners = new HashSet<string>(StringComparer.Ordinal);
        foreach (var language in LanguageData.LanguagesWith("date-words"))
        {
            foreach (var word in LanguageData.Lines(language, "date-words"))
            {
                joiners.Add(word.ToLowerInvariant());
            }
        }

        return joiners;
    }

    /// <summary>The latest acceptable date (a page cannot be published in the future).</summary>
    public DateTimeOffset Now { get; }

    /// <summary>A machine-readable date (meta tags, JSON-LD, datetime attributes).</summary>
    public DateTimeOffset? ParseMachine(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var s = value.Trim();
        if (s.Length >= 10 && char.IsAsciiDigit(s[0]) && s.Length <= 40)
        {
            if (s.Length == 10 && DateTime.TryParseExact(s, ["yyyy-MM-dd", "yyyy/MM/dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return Valid(new DateTimeOffset(day, TimeSpan.Zero));
            }

            if (DateTimeOffset.TryParseExact(s, MachineFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var exact))
            {
                return Valid(exact);
            }

            // Malformed time parts ("2022-01-10T22:06:08:684Z") still carry a good day.
            if (s.Length > 10 && !char.IsAsciiDigit(s[10]) &&
                DateTime.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var prefix))
            {
                return Valid(new DateTimeOffset(prefix, TimeSpan.Zero));
            }
        }

        if (s.Length is >= 8 and <= 40 && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var loose))
        {
            return Valid(loose);
        }

        return ParseText(s);
    }

    /// <summary>The first date written out in a line of visible text, if any.</summary>
    public DateTimeOffset? ParseText(string line)
    {
        var tokens = DateTokens.Split(line);
        for (var i = 0; i < tokens.Count; i++)
        {
            var found = TryAt(tokens, i);
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>A date that opens a line ("01.02.2022 Der Arbeitsmarkt ...", "(21. November 2022) ..."), if any.</summary>
    public DateTimeOffset? ParseLeading(string line)
    {
        var tokens = DateTokens.Split(line.Length > 40 ? line[..40] : line);
        return tokens.Count == 0 ? null : TryAt(tokens, tokens[0] is "(" or "[" && tokens.Count > 1 ? 1 : 0);
    }

    /// <summary>Whether the word names a month in one of the known languages.</summary>
    public bool IsMonthName(string word) => Month(word) is not null;

    private DateTimeOffset? TryAt(List<string> t, int i)
    {
        // 2023-02-28, 28.02.2023, 28/02/2023: numbers joined by one separator; "26 | 01 | 2022" with a full year.
        if (i + 4 < t.Count && IsNumber(t[i]) && IsNumber(t[i + 2]) && IsNumber(t[i + 4]) && t[i + 1] == t[i + 3] &&
            (t[i + 1] is "-" or "." or "/" || (t[i + 1] == "|" && (t[i].Length == 4 || t[i + 4].Length == 4))))
        {
            var a = Num(t[i]);
            var b = Num(t[i + 2]);
            var c = Num(t[i + 4]);
            if (t[i].Length == 4)
            {
                return Make(a, b, c);
            }

            if (t[i + 4].Length == 4)
            {
                // Day first outside the US; month first only when the day cannot be a month.
                return b > 12 ? Make(c, a, b) : Make(c, b, a);
            }

            // 23.09.22: the two-digit year of German-language pages, day first; not part of a longer
            // dotted number (a version, an address).
            if (t[i + 1] == "." && t[i].Length <= 2 && t[i + 2].Length <= 2 && t[i + 4].Length == 2 &&
                (i == 0 || t[i - 1] != ".") && (i + 5 >= t.Count || t[i + 5] != "."))
            {
                return Make(c <= Now.Year % 100 ? 2000 + c : 1900 + c, b, a);
            }
        }

        // 28. Februar 2023, 28 februarie 2023, 28 февраля 2023, 5 de mayo de 2022
        if (IsNumber(t[i]) && t[i].Length <= 2)
        {
            var j = i + 1;
            if (j < t.Count && (t[j] == "." || IsJoiner(t[j])))
            {
                j++;
            }

            if (j < t.Count && Month(t[j]) is { } m1)
            {
                j++;
                if (j < t.Count && (t[j] == "." || IsJoiner(t[j])))
                {
                    j++;
                }

                var y = Year(t, j);
                if (y > 0)
                {
                    return Make(y, m1, Num(t[i]));
                }
            }
        }

        // Feb. 28, 2023 / February 28 2023
        if (Month(t[i]) is { } m2)
        {
            var j = i + 1;
            if (j < t.Count && t[j] == ".")
            {
                j++;
            }

            if (j < t.Count && IsNumber(t[j]) && t[j].Length <= 2)
            {
                var y = Year(t, j + 1);
                if (y > 0)
                {
                    return Make(y, m2, Num(t[j]));
                }
            }
        }

        return null;
    }

    private bool IsJoiner(string token) => _joiners.Count > 0 && _joiners.Contains(token.ToLowerInvariant());

    private int? Month(string token) => _months.TryGetValue(token.ToLowerInvariant(), out var m) ? m : null;

    private static int Year(List<string> t, int j)
    {
        while (j < t.Count && t[j] is "," or ".")
        {
            j++;
        }

        return j < t.Count && IsNumber(t[j]) && t[j].Length == 4 ? Num(t[j]) : 0;
    }

    private DateTimeOffset? Make(int year, int month, int day)
    {
        if (month is < 1 or > 12 || day < 1 || year < 1 || year > 9999 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return Valid(new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero));
    }

    private DateTimeOffset? Valid(DateTimeOffset d) => d.Year < 1990 || d > Now.AddDays(1) ? null : d;

    private static bool IsNumber(string s) => s.Length is > 0 and <= 4 && s.All(char.IsAsciiDigit);

    private static int Num(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
}
