using Caravan.Pipeline.Models;
using Caravan.Pipeline.Stages.Entities;
using Caravan.Pipeline.Stages.Entities.Ner;
using Caravan.Testing;

namespace Caravan.Tests.Pipeline.Models;

/// <summary>Co-located processes share one copy of a model's weight table (issue #11), with the lookups of a table of their own.</summary>
public sealed class SharedModelImagesTests
{
    private static string ModelPath(string language) => Path.Combine(ModelCatalog.Default.Directory, "ner", language + ".ner");

    [SkippableFact]
    public void Load_WithSharedImages_MapsOneImageHoldingTheSameWeights()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "model images are shared on Linux only");
        using var dir = new TempDirectory();
        var images = new SharedModelImages(dir.Path);

        var own = NerModelFile.Load(ModelPath("ro"), Gazetteer.Empty);
        var first = NerModelFile.Load(ModelPath("ro"), Gazetteer.Empty, images);
        var second = NerModelFile.Load(ModelPath("ro"), Gazetteer.Empty, images);

        Assert.False(own.Weights.IsShared);
        Assert.True(first.Weights.IsShared);
        Assert.True(second.Weights.IsShared);
        Assert.True(own.Weights.Table.SequenceEqual(first.Weights.Table));
        Assert.True(own.Weights.Table.SequenceEqual(second.Weights.Table));
        var image = Assert.Single(Directory.GetFiles(dir.Path));
        Assert.Equal(SharedModelImages.KeyOf("ner.ro", ModelPath("ro")) + ".f32", Path.GetFileName(image));
        // The tables were read through spans over the mappings, which stay mapped while their models are reachable.
        GC.KeepAlive(first);
        GC.KeepAlive(second);
    }

    [SkippableFact]
    public void Process_SharedAndOwnWeights_SameMentions()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "model images are shared on Linux only");
        using var dir = new TempDirectory();
        var own = new EntityStage(new NerModels(ModelCatalog.Default), new EntityKeys(IcuGazetteer.Default));
        var shared = new EntityStage(new NerModels(new ModelCatalog(ModelCatalog.Default.Directory) { SharedImages = new SharedModelImages(dir.Path) }),
            new EntityKeys(IcuGazetteer.Default));
        (string Language, string Text)[] texts =
        [
            ("en", "Ministers Anna Whitcombe and Tomas Reyes met in Lisbon on Friday, the Harbour Council said."),
            ("ro", "Ministrul Andrei Pădure a vizitat joi Constanța împreună cu primarul Elena Vidrașcu."),
            ("en", "Mr. Okonkwo told reporters in Kaduna that the Northern Grain Cooperative would expand."),
        ];

        foreach (var (language, text) in texts)
        {
            var article = Articles.WithSentences("t", text, language);
            var expected = own.Process(article, CancellationToken.None).Mentions;
            var actual = shared.Process(article, CancellationToken.None).Mentions;
            Assert.NotEmpty(expected);
            Assert.Equal(expected.ToArray(), actual.ToArray());
        }

        Assert.Equal(2, Directory.GetFiles(dir.Path, "*.f32").Length);
    }

    [SkippableFact]
    public void Load_AfterTheModelChanged_RemovesTheImageOfTheOldFile()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "model images are shared on Linux only");
        using var dir = new TempDirectory();
        var stale = dir.File("ner.ro-00000000000000000000000000000000.f32", new byte[16]);
        var otherModel = dir.File("ner.ru-00000000000000000000000000000000.f32", new byte[16]);

        _ = NerModelFile.Load(ModelPath("ro"), Gazetteer.Empty, new SharedModelImages(dir.Path));

        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(otherModel));
        Assert.Equal(2, Directory.GetFiles(dir.Path, "*.f32").Length);
    }
}
