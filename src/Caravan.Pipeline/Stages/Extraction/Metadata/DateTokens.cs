namespace Caravan.Pipeline.Stages.Extraction.Metadata;

/// <summary>Splits a line into letter runs, digit runs and single punctuation marks (spaces dropped).</summary>
internal static class DateTokens
{
    public static List<string> Split(string line)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsAsciiDigit(c))
            {
                while (i < line.Length && char.IsAsciiDigit(line[i]))
                {
                    i++;
                }
            }
            else if (char.IsLetter(c))
            {
                while (i < line.Length && char.IsLetter(line[i]))
                {
                    i++;
                }
            }
            else
            {
                i++;
            }

            tokens.Add(line[start..i]);
        }

        return tokens;
    }
}
