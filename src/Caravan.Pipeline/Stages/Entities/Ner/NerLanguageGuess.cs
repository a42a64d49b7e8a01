namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>
/// A fallback language guess for `caravan ner` input without --lang: the model whose frequency
/// lexicon covers the document's words best (frequent words weigh more). Only languages that have
/// a model can win, which is all a tagger needs; "xx" when nothing matches.
/// </summary>
internal sealed class NerLanguageGuess
{
    private readonly NerModels _models;

    public NerLanguageGuess(NerModels models)
    {
        _models = models;
    }

    public string Guess(IEnumerable<string> tokens)
    {
        var words = tokens.Select(NerSentence.FeatureForm).Where(t => t.Any(char.IsLetter)).ToList();
        var best = "xx";
        var bestScore = 0;
        foreach (var language in NerCorpora.Models.Where(m => !m.Contains('.', StringComparison.Ordinal) && m != "xx"))
        {
            if (!_models.HasOwnModel(language))
            {
                continue;
            }

            var lexicon = _models.Lexicon(language);
            var score = words.Sum(w => lexicon.Bucket(w) is var b and > 0 ? 17 - b : 0);
            if (score > bestScore)
            {
                best = language;
                bestScore = score;
            }
        }

        return best;
    }
}
