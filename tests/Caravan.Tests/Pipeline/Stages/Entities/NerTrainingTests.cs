using Caravan.Pipeline.Stages.Entities.Ner;

namespace Caravan.Tests.Pipeline.Stages.Entities;

public class NerTrainingTests
{
    [Fact]
    public void Options_SeedRequested_OverridesOnlyTheSeed()
    {
        var recipe = NerRecipes.For("de");

        var options = NerTraining.Options(new NerTrainingRequest("data", "out", Seed: 3), recipe);

        Assert.Equal(recipe with { Seed = 3 }, options);
        Assert.NotEqual(recipe.Seed, options.Seed);
    }

    [Fact]
    public void Options_CrfRequested_OverridesTrainerAndL2()
    {
        var options = NerTraining.Options(new NerTrainingRequest("data", "out", Trainer: NerTrainer.Crf, L2: 4), NerRecipes.For("de"));

        Assert.Equal(NerRecipes.For("de") with { Trainer = NerTrainer.Crf, L2 = 4 }, options);
        Assert.Contains("CRF (L2 4)", NerTraining.Describe("de", options, NerRecipes.For("de")), StringComparison.Ordinal);
    }

    [Fact]
    public void Options_NothingRequested_IsTheRecipe() =>
        Assert.Equal(NerRecipes.For("de"), NerTraining.Options(new NerTrainingRequest("data", "out"), NerRecipes.For("de")));

    [Fact]
    public void Recipe_Kazakh_IsTheCrfAndTheOthersThePerceptron()
    {
        Assert.Equal(NerTrainer.Crf, NerRecipes.For("kk").Trainer);
        Assert.All(NerCorpora.Models.Where(m => m != "kk"), m => Assert.Equal(NerTrainer.Perceptron, NerRecipes.For(m).Trainer));
    }

    [Fact]
    public void Recipe_EveryModelButGermanRomanianAndRussian_MixesSeedsOneToThreeAtFifteenEpochs()
    {
        string[] single = ["de", "ro", "ru"];
        Assert.All(NerCorpora.Models.Where(m => !single.Contains(m)),
            m => Assert.Equal((15, 1, 3), (NerRecipes.For(m).Epochs, NerRecipes.For(m).Seed, NerRecipes.For(m).Mix)));
        Assert.All(single, m => Assert.Equal((10, 1, 1), (NerRecipes.For(m).Epochs, NerRecipes.For(m).Seed, NerRecipes.For(m).Mix)));
    }
}
