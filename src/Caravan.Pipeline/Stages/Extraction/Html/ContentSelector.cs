using Caravan.Pipeline.Stages.Extraction.Text;

namespace Caravan.Pipeline.Stages.Extraction.Html;

/// <summary>
/// Chooses the subtree that holds the article and the blocks of it to keep. The container is the
/// box with the highest sum of block weights (prose counts for, furniture against), a maximum
/// subtree search that climbs past wrapper divs only while the climb adds more prose than junk.
/// Inside it, prose is kept, and short fragments only where they sit between prose blocks
/// (subheadings, one-line paragraphs), so bylines, dates and captions at the edges fall away.
/// </summary>
internal static class ContentSelector
{
    public static List<TextBlock> Select(PageModel model, BlockWeights weights, ExtractionOptions options, BoilerplateLexicon lexicon)
    {
        var blocks = model.Blocks;
        var prefix = new double[blocks.Count + 1];
        for (var i = 0; i < blocks.Count; i++)
        {
            prefix[i + 1] = prefix[i] + weights.Weights[i];
        }

        var best = 0;
        var bestValue = double.NegativeInfinity;
        for (var b = 0; b < model.Boxes.Count; b++)
        {
            var box = model.Boxes[b];
            var value = prefix[box.EndBlock] - prefix[box.FirstBlock];
            if (box.ArticleHint)
            {
                value *= options.ArticleHintBoost;
            }

            // Later boxes in document order are descendants or later siblings; a descendant of equal
            // value is the tighter container.
            if (value > bestValue + 1e-9 || (Math.Abs(value - bestValue) <= 1e-9 && IsInside(model, b, best)))
            {
                best = b;
                bestValue = value;
            }
        }

        var container = model.Boxes[best];
        var end = TailCut(model, blocks, weights.Kinds, best, lexicon);
        return Keep(blocks, weights.Kinds, container.FirstBlock, end);
    }

    /// <summary>
    /// The end of the article inside the container: a comments / related-links heading ("Kommentare",
    /// "You may also like") after more than half of the container's prose ends it.
    /// </summary>
    private static int TailCut(PageModel model, List<TextBlock> blocks, BlockKind[] kinds, int container, BoilerplateLexicon lexicon)
    {
        var first = model.Boxes[container].FirstBlock;
        var end = model.Boxes[container].EndBlock;
        var total = 0;
        for (var i = first; i < end; i++)
        {
            total += kinds[i] == BlockKind.Good ? blocks[i].Text.Length : 0;
        }

        var seen = 0;
        for (var i = first; i < end; i++)
        {
            if (seen * 2 > total && lexicon.IsEndMarker(blocks[i].Text) && RunsToEnd(model, i, container))
            {
                return i;
            }

            seen += kinds[i] == BlockKind.Good ? blocks[i].Text.Length : 0;
        }

        return end;
    }

    private static List<TextBlock> Keep(List<TextBlock> blocks, BlockKind[] kinds, int first, int end)
    {
        var firstGood = -1;
        var lastGood = -1;
        for (var i = first; i < end; i++)
        {
            if (kinds[i] == BlockKind.Good)
            {
                firstGood = firstGood < 0 ? i : firstGood;
                lastGood = i;
            }
        }

        var kept = new List<TextBlock>();
        if (firstGood < 0)
        {
            for (var i = first; i < end; i++)
            {
                if (kinds[i] is BlockKind.Sentence)
                {
                    kept.Add(blocks[i]);
                }
            }

            return kept;
        }

        for (var i = first; i < end; i++)
        {
            var keep = kinds[i] switch
            {
                BlockKind.Good => true,
                BlockKind.Sentence => i >= firstGood - 2 && i <= lastGood + 2,
                BlockKind.Short => i > firstGood && i < lastGood,
                _ => false,
            };
            if (keep)
            {
                kept.Add(blocks[i]);
            }
        }

        return kept;
    }

    /// <summary>
    /// Whether the section holding a heading runs to the container's end. A "Related articles" box
    /// embedded between paragraphs ends before the article does and cuts nothing.
    /// </summary>
    private static bool RunsToEnd(PageModel model, int block, int container)
    {
        var section = ClosingSections.Section(model, block);
        if (section >= 0 && IsInside(model, section, container) && section != container)
        {
            return model.Boxes[section].EndBlock == model.Boxes[container].EndBlock;
        }

        var box = model.Blocks[block].Box;
        var top = box;
        while (top >= 0 && model.Boxes[top].Parent != container && top != container)
        {
            top = model.Boxes[top].Parent;
        }

        return top == box || top == container || top < 0 || model.Boxes[top].EndBlock == model.Boxes[container].EndBlock;
    }

    private static bool IsInside(PageModel model, int box, int ancestor)
    {
        for (var b = box; b >= 0; b = model.Boxes[b].Parent)
        {
            if (b == ancestor)
            {
                return true;
            }
        }

        return false;
    }
}
