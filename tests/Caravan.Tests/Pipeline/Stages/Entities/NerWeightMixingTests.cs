using Caravan.Pipeline.Stages.Entities;
using Caravan.Pipeline.Stages.Entities.Ner;

namespace Caravan.Tests.Pipeline.Stages.Entities;

public class NerWeightMixingTests
{
    [Theory]
    [InlineData(NerDecoder.Viterbi, NerTrainer.Perceptron)]
    [InlineData(NerDecoder.Viterbi, NerTrainer.Crf)]
    [InlineData(NerDecoder.Greedy, NerTrainer.Perceptron)]
    public void Train_MixOfThree_WeightsAreTheMeanOfTheThreeSeeds(NerDecoder decoder, NerTrainer trainer)
    {
        var data = Conflicting();
        var options = new NerTrainingOptions(Epochs: 2, Bits: 12, Seed: 4, Decoder: decoder, Trainer: trainer);
        var members = new[] { 4, 5, 6 }
            .Select(seed => PerceptronNerTrainer.Train("t", data, NerLexicon.Empty, Gazetteer.Empty, options with { Seed = seed }))
            .ToList();

        var mixed = PerceptronNerTrainer.Train("t", data, NerLexicon.Empty, Gazetteer.Empty, options with { Mix = 3 });

        // The orders differ, so a model of one seed would not be the mean.
        Assert.NotEqual(members[0].Weights.Values, members[1].Weights.Values);
        AssertMean(members.Select(m => m.Weights.Values).ToList(), mixed.Weights.Values);
        Assert.Equal(decoder == NerDecoder.Viterbi, mixed.Transitions is not null);
        if (mixed.Transitions is { } transitions)
        {
            Assert.Contains(members, m => !m.Transitions!.Values.SequenceEqual(members[0].Transitions!.Values));
            AssertMean(members.Select(m => m.Transitions!.Values).ToList(), transitions.Values);
        }
    }

    [Fact]
    public void Train_MixOfOne_IsTheSingleRun()
    {
        var data = PerceptronNerTrainerTests.Data();
        var options = new NerTrainingOptions(Epochs: 2, Bits: 12, Seed: 2);

        var single = PerceptronNerTrainer.Train("t", data, NerLexicon.Empty, Gazetteer.Empty, options);
        var mixed = PerceptronNerTrainer.Train("t", data, NerLexicon.Empty, Gazetteer.Empty, options with { Mix = 1 });

        Assert.Equal(single.Weights.Values, mixed.Weights.Values);
        Assert.Equal(single.Transitions!.Values, mixed.Transitions!.Values);
    }

    [Fact]
    public void Train_Mixed_TagsAndRoundTripsThroughFile()
    {
        var model = PerceptronNerTrainer.Train("t", PerceptronNerTrainerTests.Data(), NerLexicon.Empty, Gazetteer.Empty,
            new NerTrainingOptions(Epochs: 3, Bits: 14, Mix: 2));
        NerSentence[] text = [new(["Yesterday", "Ion", "Popa", "visited", "Bremen", "again", "."])];
        var tags = model.Tag(text);
        Assert.Equal(["O", "B-PER", "I-PER", "O", "B-LOC", "O", "O"], tags[0].Select(NerTags.Name));
        var path = Path.Combine(Path.GetTempPath(), "caravan-ner-mix-test-" + Environment.ProcessId + ".ner");
        try
        {
            NerModelFile.Save(model, path);
            var loaded = NerModelFile.Load(path, Gazetteer.Empty);
            Assert.Equal(tags[0], loaded.Tag(text)[0]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Describe_Mix_NamesTheMixedSeeds()
    {
        var recipe = NerRecipes.For("ru");
        var options = NerTraining.Options(new NerTrainingRequest("data", "out", Seed: 4, Mix: 3), recipe);

        Assert.Equal(recipe with { Seed = 4, Mix = 3 }, options);
        Assert.Contains("seeds 4-6 mixed", NerTraining.Describe("ru", options, recipe), StringComparison.Ordinal);
    }

    // The toy corpus with sentences that tag the same words otherwise, so that the perceptron keeps erring and each
    // document order leaves other transitions too.
    private static List<List<NerSentence>> Conflicting()
    {
        var docs = PerceptronNerTrainerTests.Data();
        for (var i = 0; i < 20; i++)
        {
            int[] gold = [0, NerTags.Parse("B-ORG"), NerTags.Parse("I-ORG"), NerTags.Parse("I-ORG"), 0, 0, 0];
            docs.Insert(i * 3, [new NerSentence(["Yesterday", "Ion", "Popa", "visited", "Porto", "again", "."], gold)]);
        }

        return docs;
    }

    private static void AssertMean(IReadOnlyList<float[]> members, float[] mixed)
    {
        Assert.Equal(members[0].Length, mixed.Length);
        for (var i = 0; i < mixed.Length; i++)
        {
            var mean = members.Sum(m => (double)m[i]) / members.Count;
            Assert.Equal(mean, mixed[i], 1e-4);
        }
    }
}
