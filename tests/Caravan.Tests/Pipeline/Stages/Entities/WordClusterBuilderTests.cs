using Caravan.Pipeline.Stages.Entities;
using Caravan.Pipeline.Stages.Entities.Ner;

namespace Caravan.Tests.Pipeline.Stages.Entities;

public class WordClusterBuilderTests
{
    private static readonly string[] People = [.. Enumerable.Range(0, 20).Select(i => "Person" + (char)('a' + i))];
    private static readonly string[] Cities = [.. Enumerable.Range(0, 20).Select(i => "City" + (char)('a' + i))];

    // People only ever stand before "said", cities only after "in": two disjoint kinds of context.
    private static List<IReadOnlyList<string>> Text() =>
    [
        .. Enumerable.Range(0, 400).Select(i => (IReadOnlyList<string>)
            ["yesterday", People[i % People.Length], "said", "that", "rain", "fell", "in", Cities[(i * 7) % Cities.Length], "."]),
    ];

    [Fact]
    public void Build_WordsSharingContexts_ShareClassesAndOtherKindsDiffer()
    {
        var clusters = WordClusterBuilder.Build(Text());
        var person = WordClusters.At(clusters.Of("persona"), 0);
        var city = WordClusters.At(clusters.Of("citya"), 0);
        Assert.All(People, p => Assert.Equal(person, WordClusters.At(clusters.Of(p.ToLowerInvariant()), 0)));
        Assert.All(Cities, c => Assert.Equal(city, WordClusters.At(clusters.Of(c.ToLowerInvariant()), 0)));
        Assert.NotEqual(person, city);
        Assert.Equal(-1, clusters.Of("unseen"));
    }

    [Fact]
    public void Build_SameTextTwice_SameClasses() =>
        Assert.Equal(WordClusterBuilder.Build(Text()).Paths.OrderBy(p => p.Key, StringComparer.Ordinal), WordClusterBuilder.Build(Text()).Paths.OrderBy(p => p.Key, StringComparer.Ordinal));

    [Fact]
    public void Train_WithClassesAndNameList_RoundTripsThroughFile()
    {
        var docs = PerceptronNerTrainerTests.Data();
        var names = EntityMemory.Build(docs.Take(10));
        var lexicon = new NerLexicon([], [], WordClusterBuilder.Build(Text()), names);
        var model = PerceptronNerTrainer.Train("t", docs, lexicon, Gazetteer.Empty, new NerTrainingOptions(Epochs: 3, Bits: 14));
        var sentence = new NerSentence(["Yesterday", "Ion", "Popa", "visited", "Bremen", "again", "."]);
        var path = Path.Combine(Path.GetTempPath(), "caravan-ner-clusters-" + Environment.ProcessId + ".ner");
        try
        {
            NerModelFile.Save(model, path);
            var loaded = NerModelFile.Load(path, Gazetteer.Empty);
            Assert.Equal(lexicon.Clusters.Count, loaded.Lexicon.Clusters.Count);
            Assert.Equal(names.Phrases.Count, loaded.Lexicon.Names.Phrases.Count);
            Assert.Equal(model.Tag([sentence])[0], loaded.Tag([sentence])[0]);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
