using System.Text;

namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>Writes tagged documents as token-TAB-tag lines, a blank line after each sentence.</summary>
public static class ConllWriter
{
    public static string Write(IReadOnlyList<List<NerSentence>> docs, IReadOnlyList<int[][]> tags)
    {
        var sb = new StringBuilder();
        for (var d = 0; d < docs.Count; d++)
        {
            for (var s = 0; s < docs[d].Count; s++)
            {
                var sentence = docs[d][s];
                for (var i = 0; i < sentence.Count; i++)
                {
                    sb.Append(sentence.Tokens[i]).Append('\t').Append(NerTags.Name(tags[d][s][i])).Append('\n');
                }

                sb.Append('\n');
            }
        }

        return sb.ToString();
    }
}
