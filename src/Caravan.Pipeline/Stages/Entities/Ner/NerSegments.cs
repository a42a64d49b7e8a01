namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>
/// Segment features for title-like text (Wikipedia anchors, lists: "Sioux Falls Arena ( Sioux Falls ,
/// South Dakota )"): a sentence splits at punctuation into segments, and a name usually fills one.
/// The segment's last word is its head ("Arena", "River", "University", a case ending in Russian)
/// and tells the type of every word before it; its first word, its length, the token's place in it
/// and whether it stands inside brackets say whether the segment is a name at all.
/// </summary>
internal static class NerSegments
{
    /// <summary>Adds the segment features of token <paramref name="i"/>, which lies in <paramref name="segment"/>.</summary>
    public static void Add(List<uint> f, NerSentence s, int i, Segment segment)
    {
        var length = segment.End - segment.Start;
        var place = length == 1 ? 0 : i == segment.Start ? 1 : i == segment.End - 1 ? 2 : 3;
        var head = s.Lower[segment.End - 1];
        var shape = s.Shapes[i];
        f.Add(FeatureHash.Of(70, head));
        f.Add(FeatureHash.Of(71, place, head));
        f.Add(FeatureHash.Of(72, head.Length > 3 ? head.AsSpan(head.Length - 3) : head));
        f.Add(FeatureHash.Of(73, s.Lower[segment.Start]));
        f.Add(FeatureHash.Of(74, (Math.Min(length, 8) * 8) + (place * 2) + (segment.Bracketed ? 1 : 0), shape));
        f.Add(FeatureHash.Of(75, (segment.Index * 4) + (segment.Last ? 2 : 0) + (segment.Bracketed ? 1 : 0)));
        f.Add(FeatureHash.Of(76, segment.Before, segment.After));
    }

    /// <summary>The segment of each token (punctuation tokens form their own one-token segment).</summary>
    public static Segment[] Of(NerSentence s)
    {
        var result = new Segment[s.Count];
        var depth = 0;
        var index = 0;
        var i = 0;
        var starts = new List<int>();
        while (i < s.Count)
        {
            if (IsBreak(s.Tokens[i]))
            {
                depth += s.Tokens[i] is "(" or "[" ? 1 : s.Tokens[i] is ")" or "]" ? -1 : 0;
                depth = Math.Max(depth, 0);
                result[i] = new Segment(i, i + 1, Math.Min(index, 3), false, depth > 0, "", "");
                i++;
                continue;
            }

            var start = i;
            while (i < s.Count && !IsBreak(s.Tokens[i]))
            {
                i++;
            }

            starts.Add(start);
            var segment = new Segment(start, i, Math.Min(index, 3), false, depth > 0,
                start > 0 ? s.Tokens[start - 1] : "<s>", i < s.Count ? s.Tokens[i] : "</s>");
            index++;
            for (var k = start; k < i; k++)
            {
                result[k] = segment;
            }
        }

        if (starts.Count > 0)
        {
            var last = starts[^1];
            for (var k = last; k < s.Count && !IsBreak(s.Tokens[k]); k++)
            {
                result[k] = result[k] with { Last = true };
            }
        }

        return result;
    }

    /// <summary>A token made only of punctuation (brackets, commas, quotes, dashes) ends a segment.</summary>
    private static bool IsBreak(string token)
    {
        foreach (var c in token)
        {
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return token.Length > 0 && token != "&" && token != "'" && token != "-" && token != ".";
    }

    /// <summary>A run of tokens between punctuation: [Start, End), its number in the sentence (capped at 3), whether it is the last, inside brackets, and the punctuation around it.</summary>
    internal readonly record struct Segment(int Start, int End, int Index, bool Last, bool Bracketed, string Before, string After);
}
