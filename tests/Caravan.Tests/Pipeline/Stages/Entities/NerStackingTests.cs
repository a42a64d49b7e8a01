using Caravan.Pipeline.Stages.Entities;
using Caravan.Pipeline.Stages.Entities.Ner;

namespace Caravan.Tests.Pipeline.Stages.Entities;

public class NerStackingTests
{
    private static readonly int[] Types = [NerTags.Parse("B-PER"), NerTags.Parse("B-ORG"), NerTags.Parse("B-LOC")];

    [Fact]
    public void Train_Stacked_LearnsTheTagsOfTheModelUnderIt()
    {
        var options = new NerTrainingOptions(Epochs: 4, Bits: 14);
        var stacked = PerceptronNerTrainer.Train("t", Unseen(1, 300), NerLexicon.Empty, Gazetteer.Empty, options with { Features = NerFeatureSet.Stacked });
        var plain = PerceptronNerTrainer.Train("t", Unseen(1, 300), NerLexicon.Empty, Gazetteer.Empty, options);
        var test = Unseen(2, 40).SelectMany(d => d).ToList();

        // Every word is new, so only the tags of the model under it tell where a name is and of which type.
        Assert.All(test, s => Assert.Equal(s.Stacked, stacked.Tag([s])[0]));
        Assert.True(test.Count(s => plain.Tag([s])[0].SequenceEqual(s.Stacked!)) < test.Count / 2);
    }

    [Fact]
    public void Load_StackedModel_ReadsTheModelUnderItFromBesideItAndTagsAlike()
    {
        var under = PerceptronNerTrainer.Train("u", PerceptronNerTrainerTests.Data(), NerLexicon.Empty, Gazetteer.Empty, new NerTrainingOptions(Epochs: 3, Bits: 14));
        var data = PerceptronNerTrainerTests.Data().Select(d => NerStacking.Apply(under, d).ToList()).ToList();
        var model = PerceptronNerTrainer.Train("t", data, NerLexicon.Empty, Gazetteer.Empty,
            new NerTrainingOptions(Epochs: 3, Bits: 14, Features: NerFeatureSet.Stacked)).Over(under);
        NerSentence[] text = [new(["Yesterday", "Ion", "Popa", "visited", "Bremen", "again", "."])];
        var tags = model.Tag(text);
        Assert.Equal(["O", "B-PER", "I-PER", "O", "B-LOC", "O", "O"], tags[0].Select(NerTags.Name));
        var folder = Path.Combine(Path.GetTempPath(), "caravan-ner-stack-test-" + Environment.ProcessId);
        try
        {
            NerModelFile.Save(under, Path.Combine(folder, "u.ner"));
            NerModelFile.Save(model, Path.Combine(folder, "t.ner"));
            var loaded = NerModelFile.Load(Path.Combine(folder, "t.ner"), Gazetteer.Empty);
            Assert.Equal("u", loaded.Under?.Language);
            Assert.Equal(tags[0], loaded.Tag(text)[0]);
            Assert.Empty(NerModelFile.LoadLexicon(Path.Combine(folder, "t.ner")).Buckets);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Tag_StackedModelWithoutTheModelUnderIt_Throws()
    {
        var model = PerceptronNerTrainer.Train("t", Unseen(1, 20), NerLexicon.Empty, Gazetteer.Empty,
            new NerTrainingOptions(Epochs: 1, Bits: 12, Features: NerFeatureSet.Stacked));
        Assert.Throws<InvalidOperationException>(() => model.Tag([new NerSentence(["Ion", "Popa", "."])]));
    }

    [Fact]
    public void SourceOf_WikipediaModels_AreTheNewsModelsOfTheirLanguage()
    {
        Assert.Equal("en", NerStacking.SourceOf("en.wiki"));
        Assert.Equal("de", NerStacking.SourceOf("de.wiki"));
        Assert.Null(NerStacking.SourceOf("en"));
    }

    // Sentences of words never seen twice, one name each at a random place, whose stacked tags are the gold tags.
    private static List<List<NerSentence>> Unseen(int seed, int count)
    {
        var random = new Random(seed);
        var docs = new List<List<NerSentence>>();
        for (var n = 0; n < count; n++)
        {
            var tokens = Enumerable.Range(0, 6).Select(i => "w" + seed + "x" + n + "x" + i).ToArray();
            var gold = new int[tokens.Length];
            gold[random.Next(tokens.Length)] = Types[random.Next(Types.Length)];
            docs.Add([new NerSentence(tokens, gold).WithStacked(gold)]);
        }

        return docs;
    }
}
