using Caravan.Pipeline.Stages.Entities;
using Caravan.Pipeline.Stages.Entities.Ner;

namespace Caravan.Tests.Pipeline.Stages.Entities;

public class NerSegmentsTests
{
    [Fact]
    public void Of_TitleLine_SplitsAtPunctuationAndMarksBrackets()
    {
        var sentence = new NerSentence(["Sioux", "Falls", "Arena", "(", "Sioux", "Falls", ",", "South", "Dakota", ")"]);
        var segments = NerSegments.Of(sentence);
        Assert.Equal((0, 3, 0, false, false), Parts(segments[1]));
        Assert.Equal("arena", sentence.Lower[segments[0].End - 1]);
        Assert.Equal((4, 6, 1, false, true), Parts(segments[5]));
        Assert.Equal((7, 9, 2, true, true), Parts(segments[7]));
        Assert.Equal(("(", ","), (segments[4].Before, segments[4].After));
        Assert.Equal((3, 4), (segments[3].Start, segments[3].End));
    }

    [Fact]
    public void Of_InitialsAndAmpersand_StayInsideTheName()
    {
        var sentence = new NerSentence(["George", "R.", "Hearst", "Jr", ".", "&", "Sons", "-", "Ltd"]);
        var segments = NerSegments.Of(sentence);
        Assert.All(segments, s => Assert.Equal((0, 9), (s.Start, s.End)));
        Assert.True(segments[0].Last);
    }

    [Fact]
    public void Static_WithSegments_AddsFeaturesOnlyWhenAsked()
    {
        var sentence = new NerSentence(["Johnstown", ",", "Pennsylvania", "Metropolitan", "Area"]);
        var context = new NerDocumentContext([sentence]);
        var plain = new NerFeatures(NerLexicon.Empty, Gazetteer.Empty).Static(sentence, context, EntityMemory.Empty);
        var segmented = new NerFeatures(NerLexicon.Empty.With(NerFeatureSet.Segments), Gazetteer.Empty).Static(sentence, context, EntityMemory.Empty);
        Assert.Equal(plain.Hashes.Length + (7 * sentence.Count), segmented.Hashes.Length);
        Assert.Equal(plain.Hashes[plain.Offsets[2]..plain.Offsets[3]], segmented.Hashes[segmented.Offsets[2]..(segmented.Offsets[3] - 7)]);
    }

    private static (int, int, int, bool, bool) Parts(NerSegments.Segment s) => (s.Start, s.End, s.Index, s.Last, s.Bracketed);
}
