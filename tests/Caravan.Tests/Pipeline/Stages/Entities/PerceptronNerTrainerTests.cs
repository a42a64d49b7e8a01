using Caravan.Pipeline.Stages.Entities;
using Caravan.Pipeline.Stages.Entities.Ner;

namespace Caravan.Tests.Pipeline.Stages.Entities;

public class PerceptronNerTrainerTests
{
    internal static List<List<NerSentence>> Data()
    {
        string[] people = ["Anna Berg", "Ion Popa", "Mara Stan", "Lev Orlov", "Ada Kern"];
        string[] places = ["Astana", "Cluj", "Bremen", "Almaty", "Porto"];
        var docs = new List<List<NerSentence>>();
        for (var i = 0; i < 60; i++)
        {
            var person = people[i % people.Length].Split(' ');
            var place = places[(i * 3) % places.Length];
            string[] tokens = ["Yesterday", person[0], person[1], "visited", place, "again", "."];
            int[] gold = [0, NerTags.Parse("B-PER"), NerTags.Parse("I-PER"), 0, NerTags.Parse("B-LOC"), 0, 0];
            docs.Add([new NerSentence(tokens, gold)]);
        }

        return docs;
    }

    [Theory]
    [InlineData(NerDecoder.Viterbi)]
    [InlineData(NerDecoder.Greedy)]
    public void Train_SeparableData_LearnsItAndRoundTripsThroughFile(NerDecoder decoder)
    {
        var model = PerceptronNerTrainer.Train("t", Data(), NerLexicon.Empty, Gazetteer.Empty, new NerTrainingOptions(Epochs: 3, Bits: 14, Decoder: decoder));
        Assert.Equal(decoder == NerDecoder.Viterbi, model.Transitions is not null);
        var tags = model.Tag([new NerSentence(["Yesterday", "Ion", "Popa", "visited", "Bremen", "again", "."])]);
        Assert.Equal(["O", "B-PER", "I-PER", "O", "B-LOC", "O", "O"], tags[0].Select(NerTags.Name));
        var path = Path.Combine(Path.GetTempPath(), "caravan-ner-test-" + Environment.ProcessId + ".ner");
        try
        {
            NerModelFile.Save(model, path);
            var loaded = NerModelFile.Load(path, Gazetteer.Empty);
            Assert.Equal(decoder == NerDecoder.Viterbi, loaded.Transitions is not null);
            Assert.Equal(tags[0], loaded.Tag([new NerSentence(["Yesterday", "Ion", "Popa", "visited", "Bremen", "again", "."])])[0]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Decode_AnyEmissions_KeepsBilouMovesValid()
    {
        var random = new Random(5);
        var sentence = new NerSentence(["Ion", "Popa", "a", "spus", "la", "Cluj", "Napoca", "."]);
        var tables = NerTransitions.TablesOf(sentence, WordClusters.Empty);
        for (var trial = 0; trial < 50; trial++)
        {
            var emissions = Enumerable.Range(0, sentence.Count * BilouTags.Count).Select(_ => (float)random.NextDouble() * 10).ToArray();
            var tags = NerViterbi.Decode(new NerTransitions(), tables, emissions);
            Assert.True(BilouTags.Allowed(BilouTags.Outside, tags[0]));
            Assert.True(tags.Zip(tags.Skip(1)).All(p => BilouTags.Allowed(p.First, p.Second)));
            Assert.True(BilouTags.CanEnd(tags[^1]));
        }
    }

    [Fact]
    public void BilouTags_FromIobAndBack_KeepsEverySpan()
    {
        int[] iob = [NerTags.Parse("B-PER"), NerTags.Parse("I-PER"), NerTags.Parse("I-PER"), 0, NerTags.Parse("B-LOC"),
            NerTags.Parse("B-ORG"), NerTags.Parse("I-LOC")];
        var bilou = BilouTags.FromIob(iob);
        Assert.Equal(NerTags.Spans(iob), NerTags.Spans(BilouTags.ToIob(bilou)));
        Assert.True(bilou.Zip(bilou.Skip(1)).All(p => BilouTags.Allowed(p.First, p.Second)));
        Assert.True(BilouTags.CanEnd(bilou[^1]));
        Assert.False(BilouTags.Allowed(bilou[0], BilouTags.Outside)); // B-PER must be followed by I-PER or L-PER
    }

    [Fact]
    public void Spans_IobTags_ReadLikeConlleval()
    {
        int[] tags = [NerTags.Parse("B-PER"), NerTags.Parse("I-PER"), NerTags.Parse("I-LOC"), 0, NerTags.Parse("B-ORG"), NerTags.Parse("B-ORG")];
        Assert.Equal([(0, 2, EntityType.Per), (2, 3, EntityType.Loc), (4, 5, EntityType.Org), (5, 6, EntityType.Org)], NerTags.Spans(tags));
    }
}
