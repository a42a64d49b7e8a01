using System.IO.Compression;
using Caravan.Pipeline.Stages.Entities;
using Caravan.Pipeline.Stages.Entities.Ner;

namespace Caravan.Tests.Pipeline.Stages.Entities;

public class CompoundHeadTests
{
    private static WordClusters Clusters(params string[] words) =>
        new(words.Select((w, i) => new KeyValuePair<string, int>(w, i * 37)));

    [Fact]
    public void Start_LongCompound_FindsTheLongestClusteredProperSuffix()
    {
        Assert.Equal(14, CompoundHead.Start("bundesverkehrsministerium", Clusters("ministerium", "verkehr")));
        Assert.Equal(6, CompoundHead.Start("bundesverkehrsministerium", Clusters("ministerium", "verkehrsministerium")));
        Assert.Equal(5, CompoundHead.Start("hauptbahnhof", Clusters("bahnhof", "hof")));
    }

    [Fact]
    public void Start_ShortOrUnsplittableWord_HasNoHead()
    {
        Assert.Equal(-1, CompoundHead.Start("bahnhof", Clusters("hof")));
        Assert.Equal(-1, CompoundHead.Start("tokajews", Clusters("tokajews")));
        Assert.Equal(-1, CompoundHead.Start("stadtrat", Clusters("rat")));
    }

    [Fact]
    public void StaticFeatures_OnlyWithTheRecipeFlag_CarryTheHead()
    {
        var lexicon = new NerLexicon([], [], Clusters("ministerium"));
        var sentence = new NerSentence(["Das", "Bundesverkehrsministerium", "teilte", "mit", "."]);
        var head = FeatureHash.Of(61, "ministerium");
        var plain = new NerFeatures(lexicon, Gazetteer.Empty).Static(sentence, new NerDocumentContext([sentence]), EntityMemory.Empty);
        var withHeads = new NerFeatures(lexicon.With(NerFeatureSet.CompoundHeads), Gazetteer.Empty)
            .Static(sentence, new NerDocumentContext([sentence]), EntityMemory.Empty);
        Assert.DoesNotContain(head, plain.Hashes);
        Assert.Contains(head, withHeads.Hashes[withHeads.Offsets[1]..withHeads.Offsets[2]]);
        Assert.Equal(plain.Hashes[plain.Offsets[0]..plain.Offsets[1]], withHeads.Hashes[withHeads.Offsets[0]..withHeads.Offsets[1]]);
    }

    [Theory]
    [InlineData(NerFeatureSet.None, 4)]
    [InlineData(NerFeatureSet.CompoundHeads, 5)]
    [InlineData(NerFeatureSet.Segments | NerFeatureSet.CompoundHeads, 5)]
    [InlineData(NerFeatureSet.CompoundHeads | NerFeatureSet.NameInflections | NerFeatureSet.Segments | NerFeatureSet.LostLetters
        | NerFeatureSet.NameTokens | NerFeatureSet.NameStems | NerFeatureSet.TitleWords | NerFeatureSet.Results | NerFeatureSet.RomanianStems, 5)]
    public void ModelFile_KeepsTheFeatureSet_AndWritesVersion4WithoutOne(NerFeatureSet features, int version)
    {
        var lexicon = new NerLexicon([], [], Clusters("anna", "berg", "bremen", "astana"));
        var model = PerceptronNerTrainer.Train("t", PerceptronNerTrainerTests.Data(), lexicon, Gazetteer.Empty,
            new NerTrainingOptions(Epochs: 2, Bits: 14, Features: features));
        Assert.Equal(features, model.Lexicon.Features);
        var path = Path.Combine(Path.GetTempPath(), "caravan-ner-features-" + Environment.ProcessId + "-" + (int)features + ".ner");
        try
        {
            NerModelFile.Save(model, path);
            using (var reader = new BinaryReader(new BrotliStream(File.OpenRead(path), CompressionMode.Decompress)))
            {
                reader.ReadInt32();
                Assert.Equal(version, reader.ReadInt32());
            }

            var loaded = NerModelFile.Load(path, Gazetteer.Empty);
            Assert.Equal(features, loaded.Lexicon.Features);
            var sentence = new NerSentence(["Yesterday", "Ion", "Popa", "visited", "Bremerhafenstadt", "again", "."]);
            Assert.Equal(model.Tag([sentence])[0], loaded.Tag([sentence])[0]);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
