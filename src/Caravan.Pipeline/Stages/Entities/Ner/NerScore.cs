namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>
/// Entity-level micro F1 over PER, ORG and LOC with exact span and type match, the measure of
/// ../shared/bench/score/ner.py (used for progress lines and cross-validation summaries).
/// </summary>
public static class NerScore
{
    public static double F1(IEnumerable<(int[] Gold, int[] Predicted)> sentences)
    {
        long tp = 0, gold = 0, predicted = 0;
        foreach (var (g, p) in sentences)
        {
            var gs = NerTags.Spans(g).Where(Core).ToHashSet();
            var ps = NerTags.Spans(p).Where(Core).ToHashSet();
            tp += gs.Count(ps.Contains);
            gold += gs.Count;
            predicted += ps.Count;
        }

        var precision = predicted == 0 ? 0 : (double)tp / predicted;
        var recall = gold == 0 ? 0 : (double)tp / gold;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static bool Core((int Start, int End, EntityType Type) span) => span.Type != EntityType.Misc;
}
