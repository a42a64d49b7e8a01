namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>
/// A trained NER model: an averaged structured perceptron over hashed features. Structured models
/// (rows of 17 BILOU weights) decode with first-order Viterbi (<see cref="NerViterbi"/>, moves
/// scored by <see cref="NerTransitions"/>); greedy models (rows of 9 IOB2 weights: the files of
/// versions 2-3, and those of a greedy recipe, <see cref="NerRecipes"/>) decode left to right with
/// the two previous tags as features. Either way <see cref="Tag(IReadOnlyList{NerSentence})"/> returns IOB2
/// (<see cref="NerTags"/>). Immutable and thread-safe once loaded.
/// </summary>
public sealed class PerceptronNerModel
{
    private readonly NerWeights _weights;
    private readonly NerFeatures _features;

    internal PerceptronNerModel(string language, NerLexicon lexicon, NerWeights weights, Gazetteer gazetteer, EntityMemory memory,
        NerTransitions? transitions = null)
    {
        Transitions = transitions;
        Language = language;
        Memory = memory;
        Lexicon = lexicon;
        _weights = weights;
        Gazetteer = gazetteer;
        _features = new NerFeatures(lexicon, gazetteer);
        // Indexed with the model, not while tagging the first document.
        memory.Index(lexicon.Features);
        lexicon.Names.Index(lexicon.Features);
    }

    /// <summary>The language the model was trained for ("xx" for the multilingual fallback).</summary>
    public string Language { get; }

    public NerLexicon Lexicon { get; }

    public Gazetteer Gazetteer { get; }

    /// <summary>The entity names of the training data.</summary>
    public EntityMemory Memory { get; }

    internal NerWeights Weights => _weights;

    /// <summary>The first-order weights of a structured model; null for greedy models.</summary>
    internal NerTransitions? Transitions { get; }

    /// <summary>
    /// Subtracted from the score of O before choosing a tag: trades precision for recall. The
    /// perceptron leaves recall well below precision on names it has never seen, so a penalty tuned
    /// on the dev split (or by cross-validation) raises F1.
    /// </summary>
    public float OutsidePenalty { get; set; }

    /// <summary>Whether <see cref="DocumentConsistency"/> runs after tagging (on by default).</summary>
    public bool UseDocumentConsistency { get; init; } = true;

    /// <summary>Tags one document (its sentences in order); returns one IOB2 tag index array per sentence.</summary>
    public int[][] Tag(IReadOnlyList<NerSentence> document)
    {
        document = LostLetters.Apply(Lexicon.Features, document);
        var result = Transitions is { } transitions ? TagStructured(document, transitions) : TagGreedy(document);
        if (UseDocumentConsistency)
        {
            DocumentConsistency.Apply(document, result);
        }

        return result;
    }

    private int[][] TagStructured(IReadOnlyList<NerSentence> document, NerTransitions transitions)
    {
        var context = new NerDocumentContext(document);
        var result = new int[document.Count][];
        for (var s = 0; s < document.Count; s++)
        {
            var sentence = document[s];
            var (hashes, offsets) = _features.Static(sentence, context, Memory);
            var emissions = NerViterbi.Emissions(_weights, hashes, offsets, sentence, context, OutsidePenalty);
            var tags = BilouTags.ToIob(NerViterbi.Decode(transitions, NerTransitions.TablesOf(sentence, Lexicon.Clusters), emissions));
            for (var i = 0; i < tags.Length; i++)
            {
                context.Record(sentence.Lower[i], tags[i]);
            }

            result[s] = tags;
        }

        return result;
    }

    private int[][] TagGreedy(IReadOnlyList<NerSentence> document)
    {
        var context = new NerDocumentContext(document);
        var result = new int[document.Count][];
        Span<float> scores = stackalloc float[NerTags.Count];
        Span<uint> dynamic = stackalloc uint[NerFeatures.MaxDynamic];
        for (var s = 0; s < document.Count; s++)
        {
            var sentence = document[s];
            var (hashes, offsets) = _features.Static(sentence, context, Memory);
            var tags = new int[sentence.Count];
            var prev = NerTags.Outside;
            var prev2 = NerTags.Outside;
            for (var i = 0; i < sentence.Count; i++)
            {
                scores.Clear();
                _weights.Score(hashes.AsSpan(offsets[i], offsets[i + 1] - offsets[i]), scores);
                var n = NerFeatures.Dynamic(dynamic, sentence, i, prev, prev2, context);
                _weights.Score(dynamic[..n], scores);
                var tag = NerWeights.Best(scores, prev, OutsidePenalty);
                tags[i] = tag;
                context.Record(sentence.Lower[i], tag);
                prev2 = prev;
                prev = tag;
            }

            result[s] = tags;
        }

        return result;
    }

    /// <summary>Tags plain token lists (one document).</summary>
    public int[][] Tag(IReadOnlyList<IReadOnlyList<string>> sentences) =>
        Tag([.. sentences.Select(t => new NerSentence(t))]);

    internal NerFeatures Features => _features;
}
