using Caravan.Pipeline.Stages.Relations;

namespace Caravan.Tests.Pipeline.Relations;

public class RelationStageRegressionTests
{
    [Fact]
    public void Process_AppositionBeforeTriggerWithObjectAfter_NoRelationBetweenSubjectAndItsOrganisation()
    {
        var a = MarkedMentions.Article("Purtătorul de cuvânt al Kremlinului, Dmitri Peskov, a respins acuzațiile.", "ro",
            ("Kremlinului", EntityType.Org, "kremlin"), ("Dmitri Peskov", EntityType.Per, "peskov"));
        Assert.Empty(new RelationStage().Process(a, CancellationToken.None).Relations);
    }

    [Fact]
    public void Process_SourceCue_IsNotAPartyToTheEvent()
    {
        var a = MarkedMentions.Article("По словам Сейткали, Россия в прошлом году останавливала экспорт казахстанской нефти. Казахстан ищет новые пути.", "ru",
            ("Сейткали", EntityType.Per, "seitkali"), ("Россия", EntityType.Loc, "russia"), ("Казахстан", EntityType.Loc, "kz"));
        var r = Assert.Single(new RelationStage().Process(a, CancellationToken.None).Relations);
        Assert.Equal(("russia", "kz", "16"), (r.SourceKey, r.TargetKey, r.Code));
    }
}
