using Caravan.Core.Text;

namespace Caravan.Pipeline.Stages.Dedup;

/// <summary>The units the lexicons and the topic model are keyed by: folded word stems, or character bigrams in unspaced scripts.</summary>
public static class LexiconUnits
{
    /// <summary>The distinct lexicon units of a sentence: word stems, or bigrams in unspaced scripts.</summary>
    public static HashSet<string> Of(string sentence)
    {
        var units = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in Tokenizer.Tokenize(sentence))
        {
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            var raw = token.Span.Slice(sentence);
            if (raw.AsSpan().ContainsAnyInRange('\u3040', '\u9FFF'))
            {
                for (var j = 0; j + 1 < raw.Length; j++)
                {
                    if (TermFolding.IsUnspaced(raw[j]) && TermFolding.IsUnspaced(raw[j + 1]))
                    {
                        units.Add(raw.Substring(j, 2));
                    }
                }

                continue;
            }

            var folded = TermFolding.Fold(raw);
            if (folded.Length >= 2 && !folded.All(char.IsAsciiDigit))
            {
                units.Add(TermFolding.Stem(folded));
            }
        }

        return units;
    }

}
