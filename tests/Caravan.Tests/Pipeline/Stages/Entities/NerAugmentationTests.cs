using Caravan.Pipeline.Stages.Entities;
using Caravan.Pipeline.Stages.Entities.Ner;

namespace Caravan.Tests.Pipeline.Stages.Entities;

public class NerAugmentationTests
{
    [Fact]
    public void Train_Augmented_TagsEachCorpusByItsOwnConvention()
    {
        // Corpus 0 tags "Ion Popa" a person, corpus 1 the same words an organisation (as CoNLL de and GermEval differ on
        // derived words): one set of weights cannot serve both, a corpus copy of every feature can.
        var data = Conventions();
        var options = new NerTrainingOptions(Epochs: 4, Bits: 14);
        var augmented = PerceptronNerTrainer.Train("t", data, NerLexicon.Empty, Gazetteer.Empty, options with { Features = NerFeatureSet.Augmented });
        var plain = PerceptronNerTrainer.Train("t", data, NerLexicon.Empty, Gazetteer.Empty, options);
        var text = new NerSentence(["Yesterday", "Ion", "Popa", "visited", "Bremen", "again", "."]);

        Assert.Equal(["O", "B-PER", "I-PER", "O", "B-LOC", "O", "O"], augmented.Tag([text])[0].Select(NerTags.Name));
        Assert.Equal(["O", "B-ORG", "I-ORG", "O", "B-LOC", "O", "O"], augmented.Tag([text.WithCorpus(1)])[0].Select(NerTags.Name));
        Assert.Equal(plain.Tag([text])[0], plain.Tag([text.WithCorpus(1)])[0]);
        var path = Path.Combine(Path.GetTempPath(), "caravan-ner-augment-test-" + Environment.ProcessId + ".ner");
        try
        {
            NerModelFile.Save(augmented, path);
            var loaded = NerModelFile.Load(path, Gazetteer.Empty);
            Assert.Equal(NerFeatureSet.Augmented, loaded.Lexicon.Features);
            Assert.Equal(augmented.Tag([text.WithCorpus(1)])[0], loaded.Tag([text.WithCorpus(1)])[0]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Static_Augmented_AddsTheCorpusCopyOfEveryFeatureButForTheFirstCorpus()
    {
        var plain = new NerFeatures(NerLexicon.Empty, Gazetteer.Empty);
        var augmented = new NerFeatures(NerLexicon.Empty.With(NerFeatureSet.Augmented), Gazetteer.Empty);
        var text = new NerSentence(["Ion", "Popa", "."]);
        var context = new NerDocumentContext([text]);

        var (general, _) = plain.Static(text, context, EntityMemory.Empty);
        var (news, _) = augmented.Static(text, context, EntityMemory.Empty);
        var (other, _) = augmented.Static(text.WithCorpus(1), context, EntityMemory.Empty);

        Assert.Equal(general, news);
        Assert.Equal(2 * general.Length, other.Length);
        Assert.Equal(general.Length, other.Count(h => !general.Contains(h)));
    }

    private static List<List<NerSentence>> Conventions()
    {
        var docs = new List<List<NerSentence>>();
        foreach (var (doc, corpus) in PerceptronNerTrainerTests.Data().Select((d, i) => (d, i % 2)))
        {
            var sentence = doc[0];
            var gold = corpus == 0 ? sentence.Gold!
                : [.. sentence.Gold!.Select(t => NerTags.Name(t) switch { "B-PER" => NerTags.Parse("B-ORG"), "I-PER" => NerTags.Parse("I-ORG"), _ => t })];
            docs.Add([new NerSentence(sentence.Tokens, gold).WithCorpus(corpus)]);
        }

        return docs;
    }
}
