namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>
/// One sentence prepared for the tagger: the tokens and the per-token views every feature reads
/// (lowercase, shape), computed once. Gold tags are present only in training data.
/// </summary>
public sealed class NerSentence
{
    public NerSentence(IReadOnlyList<string> tokens, int[]? gold = null)
    {
        Tokens = tokens;
        Gold = gold;
        Lower = new string[tokens.Count];
        Shapes = new string[tokens.Count];
        var upperLetters = 0;
        var lowerLetters = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            Lower[i] = FeatureForm(tokens[i]);
            Shapes[i] = WordShape.Collapsed(tokens[i]);
            foreach (var c in tokens[i])
            {
                upperLetters += char.IsUpper(c) ? 1 : 0;
                lowerLetters += char.IsLower(c) ? 1 : 0;
            }
        }

        // Headlines in CoNLL are in capitals; casing then says nothing about names.
        AllCaps = upperLetters > 3 && lowerLetters * 4 < upperLetters;
    }

    /// <summary>
    /// The lowercase form every lexical feature reads. Romanian s/t with cedilla (ş ţ, common in
    /// older text and in the OpenSubtitles lists) become the correct comma-below letters (ș ț, as in
    /// RONEC), so both spellings meet the same weights and lexicon entries.
    /// </summary>
    public static string FeatureForm(string token) =>
        token.ToLowerInvariant().Replace('ş', 'ș').Replace('ţ', 'ț');

    public IReadOnlyList<string> Tokens { get; }

    public int[]? Gold { get; }

    public string[] Lower { get; }

    public string[] Shapes { get; }

    public bool AllCaps { get; }

    public int Count => Tokens.Count;
}
