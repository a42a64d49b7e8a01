using System.Globalization;
using System.Numerics;

namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>
/// Feature templates of the tagger (after Ratinov and Roth 2009, "Design challenges and
/// misconceptions in NER"): the word and its neighbours, shapes, affixes, frequency class,
/// gazetteer marks, and non-local document features. Static features depend only on the text;
/// dynamic ones on the tags already chosen (previous tags, the document's tagging history).
/// </summary>
internal sealed class NerFeatures
{
    private readonly NerLexicon _lexicon;
    private readonly Gazetteer _gazetteer;

    public NerFeatures(NerLexicon lexicon, Gazetteer gazetteer)
    {
        _lexicon = lexicon;
        _gazetteer = LostLetters.Apply(lexicon.Features, gazetteer);
    }

    /// <summary>
    /// The static features of every sentence of training documents (by document, then sentence). Each
    /// document's entity memory is built from the documents outside its tenth, so that training sees a
    /// memory as tagging does: one that does not already hold the document's own gold names.
    /// </summary>
    public (uint[] Hashes, int[] Offsets)[][] StaticOfTraining(IReadOnlyList<List<NerSentence>> documents)
    {
        const int folds = 10;
        var memories = Enumerable.Range(0, folds)
            .Select(f => EntityMemory.Build(documents.Where((_, d) => d % folds != f)))
            .ToArray();
        return [.. documents.Select((doc, d) =>
        {
            var context = new NerDocumentContext(doc);
            return doc.Select(s => Static(s, context, memories[d % folds])).ToArray();
        })];
    }

    /// <summary>Static feature hashes of every token, flattened; token i owns [offsets[i], offsets[i+1]).</summary>
    public (uint[] Hashes, int[] Offsets) Static(NerSentence s, NerDocumentContext doc, EntityMemory memory)
    {
        var hashes = new List<uint>(s.Count * 48);
        var offsets = new int[s.Count + 1];
        var marks = _gazetteer.Mark(s.Lower);
        var remembered = memory.Mark(s.Lower);
        var classes = _lexicon.Clusters.Count == 0 ? null : s.Lower.Select(_lexicon.Clusters.Of).ToArray();
        var listed = _lexicon.Names.Phrases.Count == 0 ? null : _lexicon.Names.Mark(s.Lower);
        var segments = (_lexicon.Features & NerFeatureSet.Segments) != 0 ? NerSegments.Of(s) : null;
        var results = (_lexicon.Features & NerFeatureSet.Results) != 0 && NerResults.HasScore(s);
        var stemming = (_lexicon.Features & NerFeatureSet.NameStems) != 0;
        var stemNames = stemming ? _lexicon.Names.StemIndex.GetAlternateLookup<ReadOnlySpan<char>>() : default;
        var stemMemory = stemming ? memory.StemIndex.GetAlternateLookup<ReadOnlySpan<char>>() : default;
        var romanian = (_lexicon.Features & NerFeatureSet.RomanianStems) != 0;
        var romanianNames = romanian ? _lexicon.Names.RomanianStemIndex.GetAlternateLookup<ReadOnlySpan<char>>() : default;
        var romanianMemory = romanian ? memory.RomanianStemIndex.GetAlternateLookup<ReadOnlySpan<char>>() : default;
        for (var i = 0; i < s.Count; i++)
        {
            offsets[i] = hashes.Count;
            AddToken(hashes, s, i, marks, doc);
            hashes.Add(FeatureHash.Of(40, remembered[i]));
            hashes.Add(FeatureHash.Of(41, remembered[i], s.Shapes[i]));
            hashes.Add(FeatureHash.Of(42, (i > 0 ? remembered[i - 1] : 99) * 16, i + 1 < s.Count ? remembered[i + 1].ToString(CultureInfo.InvariantCulture) : "e"));
            if (classes is not null)
            {
                AddClasses(hashes, s, i, classes);
            }

            if ((_lexicon.Features & NerFeatureSet.NameInflections) != 0)
            {
                AddInflection(hashes, s, i, memory);
            }

            if ((_lexicon.Features & NerFeatureSet.NameTokens) != 0)
            {
                AddNameTokens(hashes, s, i, memory);
            }

            if (stemming)
            {
                AddStem(hashes, s, i, stemNames, stemMemory);
            }

            if (romanian)
            {
                AddRomanianStem(hashes, s, i, romanianNames, romanianMemory);
            }

            if (listed is not null)
            {
                hashes.Add(FeatureHash.Of(44, listed[i]));
                hashes.Add(FeatureHash.Of(45, listed[i], s.Shapes[i]));
                hashes.Add(FeatureHash.Of(46, (listed[i] * 16) + remembered[i]));
            }

            if (segments is not null)
            {
                NerSegments.Add(hashes, s, i, segments[i]);
            }

            if (results)
            {
                NerResults.Add(hashes, s, i, marks[i], remembered[i], listed is null ? (byte)0 : listed[i]);
            }
        }

        offsets[s.Count] = hashes.Count;
        return ([.. hashes], offsets);
    }

    private void AddToken(List<uint> f, NerSentence s, int i, byte[] marks, NerDocumentContext doc)
    {
        var word = s.Tokens[i];
        var lower = s.Lower[i];
        var shape = s.Shapes[i];
        var caps = s.AllCaps ? 1 : 0;
        f.Add(FeatureHash.Of(0, caps));
        f.Add(FeatureHash.Of(1, word));
        f.Add(FeatureHash.Of(2, lower));
        f.Add(FeatureHash.Of(3, caps, shape));
        for (var k = 1; k <= 4 && k < lower.Length; k++)
        {
            f.Add(FeatureHash.Of(4, k, lower.AsSpan(0, k)));
            f.Add(FeatureHash.Of(5, k, lower.AsSpan(lower.Length - k)));
        }

        var prev = i > 0 ? s.Lower[i - 1] : "<s>";
        var next = i + 1 < s.Count ? s.Lower[i + 1] : "</s>";
        var prevShape = i > 0 ? s.Shapes[i - 1] : "<s>";
        var nextShape = i + 1 < s.Count ? s.Shapes[i + 1] : "</s>";
        f.Add(FeatureHash.Of(6, prev));
        f.Add(FeatureHash.Of(7, next));
        f.Add(FeatureHash.Of(8, i > 1 ? s.Lower[i - 2] : "<s>"));
        f.Add(FeatureHash.Of(9, i + 2 < s.Count ? s.Lower[i + 2] : "</s>"));
        f.Add(FeatureHash.Of(10, prevShape, shape));
        f.Add(FeatureHash.Of(11, shape, nextShape));
        f.Add(FeatureHash.Of(12, prev, lower));
        f.Add(FeatureHash.Of(13, lower, next));
        f.Add(FeatureHash.Of(14, i == 0 ? 1 : 0, shape));
        var upper = WordShape.StartsUpper(word) ? 1 : 0;
        var bucket = _lexicon.Bucket(lower);
        f.Add(FeatureHash.Of(15, (bucket * 4) + (upper * 2) + (i == 0 ? 1 : 0)));
        f.Add(FeatureHash.Of(16, marks[i]));
        f.Add(FeatureHash.Of(16, marks[i], shape));
        f.Add(FeatureHash.Of(17, WordShape.Script(word)));
        f.Add(FeatureHash.Of(19, (doc.SeenLowercase(lower) ? 2 : 0) + upper + (caps * 4)));
        f.Add(FeatureHash.Of(20, shape, prevShape + "|" + nextShape));
        var hyphen = lower.LastIndexOf('-');
        if (hyphen > 0 && hyphen + 1 < lower.Length)
        {
            f.Add(FeatureHash.Of(21, lower.AsSpan(hyphen + 1)));
            f.Add(FeatureHash.Of(21, lower.AsSpan(0, hyphen)));
        }

        f.Add(FeatureHash.Of(22, (i > 0 && _lexicon.IsTitle(prev) ? 2 : 0) + upper));
        f.Add(FeatureHash.Of(23, Math.Min(word.Length, 12)));
        f.Add(FeatureHash.Of(25, i > 0 ? _lexicon.Bucket(prev) : -1, shape));
        f.Add(FeatureHash.Of(26, i + 1 < s.Count ? _lexicon.Bucket(next) : -1, shape));
        f.Add(FeatureHash.Of(27, doc.FirstShape(lower)));
        if ((_lexicon.Features & NerFeatureSet.CompoundHeads) != 0)
        {
            AddCompound(f, lower, upper);
        }

        if ((_lexicon.Features & NerFeatureSet.TitleWords) != 0)
        {
            f.Add(FeatureHash.Of(83, (_lexicon.IsTitle(lower) ? 2 : 0) + upper));
        }
    }

    // Only models whose recipe asks for it (NerFeatureSet.NameInflections): "Kasachstans" as "kasachstan" + s.
    private void AddInflection(List<uint> f, NerSentence s, int i, EntityMemory memory)
    {
        var lower = s.Lower[i];
        if (lower.Length < 4 || lower[^1] != 's')
        {
            return;
        }

        var stem = lower[..^1];
        var listed = _lexicon.Names.Phrases.TryGetValue(stem, out var l) ? 1 + (int)l : 0;
        var remembered = memory.Phrases.TryGetValue(stem, out var m) ? 1 + (int)m : 0;
        f.Add(FeatureHash.Of(66, (listed * 8) + remembered, s.Shapes[i]));
    }

    // Only models whose recipe asks for it (NerFeatureSet.NameTokens): "Werner" as the first token of listed persons.
    private void AddNameTokens(List<uint> f, NerSentence s, int i, EntityMemory memory)
    {
        if (_lexicon.Names.RoleOf(s.Lower[i]) is { } listed)
        {
            f.Add(FeatureHash.Of(80, listed.Code, s.Shapes[i]));
            f.Add(FeatureHash.Of(81, (listed.Code * 16) + Math.Min(BitOperations.Log2((uint)listed.Names), 15)));
        }

        if (memory.RoleOf(s.Lower[i]) is { } remembered)
        {
            f.Add(FeatureHash.Of(82, remembered.Code, s.Shapes[i]));
        }
    }

    // Only models whose recipe asks for it (NerFeatureSet.NameStems): "Москвы" as a form of "Москва".
    private static void AddStem(List<uint> f, NerSentence s, int i,
        Dictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> names, Dictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> memory)
    {
        var stem = s.Lower[i].AsSpan(0, NerStems.StemLength(s.Lower[i]));
        var listed = NerStems.Mark(names, stem);
        var remembered = NerStems.Mark(memory, stem);
        f.Add(FeatureHash.Of(67, (listed * 16) + remembered, s.Shapes[i]));
    }

    // Only models whose recipe asks for it (NerFeatureSet.RomanianStems): "jucătorilor" as "jucator" + "ilor".
    private static void AddRomanianStem(List<uint> f, NerSentence s, int i,
        Dictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> names, Dictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> memory)
    {
        var lower = s.Lower[i];
        Span<char> buffer = lower.Length <= 64 ? stackalloc char[lower.Length] : new char[lower.Length];
        var length = RomanianStems.Write(lower, buffer);
        ReadOnlySpan<char> stem = buffer[..length];
        var upper = WordShape.StartsUpper(s.Tokens[i]) ? 1 : 0;
        f.Add(FeatureHash.Of(100, stem));
        for (var k = 3; k <= 4 && k < stem.Length; k++)
        {
            f.Add(FeatureHash.Of(101, k, stem[(stem.Length - k)..]));
        }

        f.Add(FeatureHash.Of(102, upper, lower.AsSpan(length)));
        var listed = NerStems.Mark(names, stem);
        var remembered = NerStems.Mark(memory, stem);
        f.Add(FeatureHash.Of(103, (listed * 16) + remembered, s.Shapes[i]));
    }

    // Only models whose recipe asks for them (NerFeatureSet.CompoundHeads) see these templates.
    private void AddCompound(List<uint> f, string lower, int upper)
    {
        for (var k = 5; k <= 6 && k < lower.Length; k++)
        {
            f.Add(FeatureHash.Of(5, k, lower.AsSpan(lower.Length - k)));
        }

        var start = CompoundHead.Start(lower, _lexicon.Clusters);
        if (start < 0)
        {
            return;
        }

        var head = lower.AsSpan(start);
        var finest = _lexicon.Clusters.Of(head);
        f.Add(FeatureHash.Of(61, head));
        f.Add(FeatureHash.Of(62, (WordClusters.At(finest, 1) * 2) + upper));
        f.Add(FeatureHash.Of(63, WordClusters.At(finest, 2)));
        f.Add(FeatureHash.Of(64, finest));
        f.Add(FeatureHash.Of(65, (_lexicon.Bucket(head) * 2) + upper));
    }

    // Models without clusters never see these templates, so their weights and scores are unchanged.
    private static void AddClasses(List<uint> f, NerSentence s, int i, int[] classes)
    {
        var levels = WordClusters.Branching.Count;
        for (var level = 0; level < levels; level++)
        {
            f.Add(FeatureHash.Of(50 + level, WordClusters.At(classes[i], level)));
        }

        var mid = WordClusters.At(classes[i], 1);
        var prev = i > 0 ? WordClusters.At(classes[i - 1], 2) : -2;
        var next = i + 1 < s.Count ? WordClusters.At(classes[i + 1], 2) : -2;
        f.Add(FeatureHash.Of(55, mid, s.Shapes[i]));
        f.Add(FeatureHash.Of(56, WordClusters.At(classes[i], 2), s.Shapes[i]));
        f.Add(FeatureHash.Of(57, prev));
        f.Add(FeatureHash.Of(58, next));
        f.Add(FeatureHash.Of(59, (prev * 4096) + mid));
        f.Add(FeatureHash.Of(60, (mid * 4096) + next));
    }

    /// <summary>Features that depend on the tags chosen so far in the sentence and the document.</summary>
    public static int Dynamic(Span<uint> into, NerSentence s, int i, int prevTag, int prevTag2, NerDocumentContext doc)
    {
        into[0] = FeatureHash.Of(30, prevTag);
        into[1] = FeatureHash.Of(31, (prevTag * 16) + prevTag2);
        into[2] = FeatureHash.Of(32, prevTag, s.Lower[i]);
        into[3] = FeatureHash.Of(33, prevTag, s.Shapes[i]);
        var history = doc.History(s.Lower[i]);
        into[4] = FeatureHash.Of(34, history);
        into[5] = FeatureHash.Of(35, history, s.Shapes[i]);
        return 6;
    }

    public const int MaxDynamic = 6;

    /// <summary>Structured models: the document features of a token (type last given to the word in earlier sentences).</summary>
    public static int Document(Span<uint> into, NerSentence s, int i, NerDocumentContext doc)
    {
        var history = doc.History(s.Lower[i]);
        into[0] = FeatureHash.Of(34, history);
        into[1] = FeatureHash.Of(35, history, s.Shapes[i]);
        return 2;
    }
}
