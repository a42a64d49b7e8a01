namespace Caravan.Pipeline.Stages.Stories;

/// <summary>
/// Whether an article and a story state years and share none: reports of one event name its year, while the same
/// kind of event in another year names its own (ECB+ topic 7: a report of one heavyweight title defence states
/// 2008, the story of another defence 2001 and 2005). Read from the fingerprint's number terms, so no text is parsed
/// again. Used only as a veto on a near join (<see cref="StoryOptions.NearJoin"/>): as a penalty on every join it
/// split one event's reports that cite different past years (session 9, docs/benchmarks/stories.md).
/// </summary>
internal static class YearConflict
{
    /// <summary>A number term ("#" and four digits) read as a year from 1950 to 2039.</summary>
    public static bool IsYear(string term) =>
        term.Length == 5 && term[0] == '#' && term.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0
        && int.Parse(term.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture) is >= 1950 and <= 2039;

    /// <summary>True when both the article and the story's centroid hold years and none is in both.</summary>
    public static bool Between(DocVector article, StoryCluster story, TermSpace terms)
    {
        var stated = false;
        foreach (var id in article.Ids)
        {
            if (terms.IsYear(id))
            {
                if (story.Centroid.ContainsKey(id))
                {
                    return false;
                }

                stated = true;
            }
        }

        return stated && story.Centroid.Keys.Any(terms.IsYear);
    }
}
