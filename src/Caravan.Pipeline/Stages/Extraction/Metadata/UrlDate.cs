namespace Caravan.Pipeline.Stages.Extraction.Metadata;

/// <summary>Dates in URL paths: /2023/02/28/, /2023-02-28-, /20230228/.</summary>
internal static class UrlDate
{
    public static DateTimeOffset? Find(string url, DateParser dates)
    {
        var path = url;
        var scheme = path.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            var slash = path.IndexOf('/', scheme + 3);
            path = slash < 0 ? "" : path[slash..];
        }

        var tokens = DateTokens.Split(path);
        for (var i = 0; i + 4 < tokens.Count; i++)
        {
            if (tokens[i].Length == 4 && IsDigits(tokens[i]) && tokens[i + 1] is "/" or "-" or "_" && IsDigits(tokens[i + 2]) &&
                tokens[i + 2].Length <= 2 && tokens[i + 3] == tokens[i + 1] && IsDigits(tokens[i + 4]) && tokens[i + 4].Length <= 2)
            {
                var d = dates.ParseMachine(FormattableString.Invariant($"{tokens[i]}-{tokens[i + 2].PadLeft(2, '0')}-{tokens[i + 4].PadLeft(2, '0')}"));
                if (d is not null)
                {
                    return d;
                }
            }
        }

        return null;
    }

    private static bool IsDigits(string s) => s.Length > 0 && s.All(char.IsAsciiDigit);
}
