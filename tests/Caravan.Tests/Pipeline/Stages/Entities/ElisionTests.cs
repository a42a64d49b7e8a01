using Caravan.Pipeline.Models;
using Caravan.Pipeline.Stages.Entities;
using Caravan.Pipeline.Stages.Entities.Ner;
using Caravan.Testing;
using CsCheck;

namespace Caravan.Tests.Pipeline.Stages.Entities;

public class ElisionTests
{
    private static readonly EntityKeys Keys = new(IcuGazetteer.WithCapitals);

    private static ImmutableArray<Mention> Tag(string text) =>
        new EntityStage(new NerModels(ModelCatalog.Default), Keys).Process(Articles.WithSentences("t", text, "fr"), CancellationToken.None).Mentions;

    [Theory]
    [InlineData("l'Azerbaïdjan", 2)]
    [InlineData("d’Aral", 2)]
    [InlineData("dell'Unione", 5)]
    [InlineData("L'objectif", 2)]
    [InlineData("qu'Astana", 3)]
    public void PrefixLength_ElidedWord_IsThePrefixWithItsApostrophe(string word, int length) =>
        Assert.Equal(length, Elision.PrefixLength(word));

    [Theory]
    [InlineData("O'Brien")]
    [InlineData("O’Sullivan")]
    [InlineData("don't")]
    [InlineData("d'")]
    [InlineData("L'")]
    [InlineData("Azerbaïdjan")]
    [InlineData("rock'n'roll")]
    public void PrefixLength_NoElision_IsZero(string word) => Assert.Equal(0, Elision.PrefixLength(word));

    [Fact]
    public void PrefixLength_AnyWord_LeavesAWordBehind() =>
        Gen.String[Gen.Char["lLdDnq'’ aeUÉxO-"], 0, 20].Sample(word =>
        {
            var cut = Elision.PrefixLength(word);
            Assert.InRange(cut, 0, Math.Max(0, word.Length - 1));
            Assert.True(cut == 0 || char.IsLetter(word[cut]));
        }, iter: 1000);

    [Fact]
    public void Process_FrenchNamesAfterElision_KeyAsTheirNames()
    {
        var text = "Le tracé envisagé relierait le port de Kouryk à l'Azerbaïdjan, sur environ 300 kilomètres. La délégation a ensuite rencontré les représentants de l'Ouzbékistan à Tachkent.";
        var mentions = Tag(text);
        Assert.DoesNotContain(mentions, m => m.Surface.StartsWith("l'", StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.Surface == "Azerbaïdjan" && m.Key == Keys.Key("Azerbaijan", "en"));
        Assert.Contains(mentions, m => m.Surface == "Ouzbékistan" && m.Key == Keys.Key("Uzbekistan", "en"));
    }

    [Fact]
    public void Process_ListedOrganisationAfterElision_IsTaggedWhole()
    {
        var text = "Les experts de l'Union européenne restent prudents sur le financement du projet.";
        var mentions = Tag(text);
        Assert.Contains(mentions, m => m.Surface == "Union européenne" && m.Key == Keys.Key("European Union", "en"));
    }
}
