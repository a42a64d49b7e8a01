namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>
/// Label consistency across a document (after Krishnan and Manning 2006): a name tagged somewhere in
/// the document is tagged wherever else it stands untagged, and the surname of a tagged full personal
/// name is a person on its own ("Antony Blinken ... sagte Blinken"). Only capitalised tokens the
/// tagger left outside any entity are changed.
/// </summary>
internal static class DocumentConsistency
{
    private const int MaxTokens = 4;

    public static void Apply(IReadOnlyList<NerSentence> document, int[][] tags)
    {
        var known = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (var s = 0; s < document.Count; s++)
        {
            foreach (var (start, end, type) in NerTags.Spans(tags[s]))
            {
                var tokens = document[s].Tokens;
                if (end - start <= MaxTokens)
                {
                    Count(known, string.Join(' ', tokens.Skip(start).Take(end - start)), type);
                }

                if (type == EntityType.Per && end - start >= 2 && WordShape.StartsUpper(tokens[end - 1]))
                {
                    Count(known, tokens[end - 1], type);
                }
            }
        }

        if (known.Count == 0)
        {
            return;
        }

        for (var s = 0; s < document.Count; s++)
        {
            var sentence = document[s];
            if (sentence.AllCaps)
            {
                continue;
            }

            var t = tags[s];
            for (var i = 0; i < sentence.Count; i++)
            {
                if (t[i] != NerTags.Outside || !WordShape.StartsUpper(sentence.Tokens[i]) || (i + 1 < t.Length && NerTags.IsInside(t[i + 1])))
                {
                    continue;
                }

                for (var n = Math.Min(MaxTokens, sentence.Count - i); n >= 1; n--)
                {
                    if (Enumerable.Range(i, n).All(k => t[k] == NerTags.Outside)
                        && (i + n >= t.Length || !NerTags.IsInside(t[i + n]))
                        && known.TryGetValue(string.Join(' ', sentence.Tokens.Skip(i).Take(n)), out var counts))
                    {
                        var type = (EntityType)Array.IndexOf(counts, counts.Max());
                        for (var k = 0; k < n; k++)
                        {
                            t[i + k] = NerTags.Begin(type) + (k == 0 ? 0 : 1);
                        }

                        i += n - 1;
                        break;
                    }
                }
            }
        }
    }

    private static void Count(Dictionary<string, int[]> known, string phrase, EntityType type)
    {
        if (!known.TryGetValue(phrase, out var counts))
        {
            known[phrase] = counts = new int[4];
        }

        counts[(int)type]++;
    }
}
