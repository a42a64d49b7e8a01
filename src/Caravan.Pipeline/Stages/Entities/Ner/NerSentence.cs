namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>
/// One sentence prepared for the tagger: the tokens and the per-token views every feature reads
/// (lowercase, shape), computed once. Gold tags are present only in training data.
/// </summary>
public sealed class NerSentence
{
    public NerSentence(IReadOnlyList<string> tokens, int[]? gold = null)
        : this(tokens, gold, [.. tokens.Select(FeatureForm)], [.. tokens.Select(WordShape.Collapsed)])
    {
    }

    private NerSentence(IReadOnlyList<string> tokens, int[]? gold, string[] lower, string[] shapes)
    {
        Tokens = tokens;
        Gold = gold;
        Lower = lower;
        Shapes = shapes;
        var upperLetters = 0;
        var lowerLetters = 0;
        foreach (var token in tokens)
        {
            foreach (var c in token)
            {
                upperLetters += char.IsUpper(c) ? 1 : 0;
                lowerLetters += char.IsLower(c) ? 1 : 0;
            }
        }

        // Headlines in CoNLL are in capitals; casing then says nothing about names.
        AllCaps = upperLetters > 3 && lowerLetters * 4 < upperLetters;
    }

    /// <summary>
    /// The same sentence with some tokens replaced (as new NerSentence(tokens) would read it): the
    /// lowercase form and shape are computed again only where a token changed.
    /// </summary>
    internal NerSentence Replacing(string[] tokens)
    {
        var lower = (string[])Lower.Clone();
        var shapes = (string[])Shapes.Clone();
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!ReferenceEquals(tokens[i], Tokens[i]))
            {
                lower[i] = FeatureForm(tokens[i]);
                shapes[i] = WordShape.Collapsed(tokens[i]);
            }
        }

        return new NerSentence(tokens, Gold, lower, shapes);
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
