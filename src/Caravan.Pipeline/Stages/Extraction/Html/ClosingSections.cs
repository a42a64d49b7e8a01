using Caravan.Pipeline.Stages.Extraction.Text;

namespace Caravan.Pipeline.Stages.Extraction.Html;

/// <summary>
/// Sections opened by a comments / related-links heading ("Related articles", "Você pode gostar...")
/// are furniture, whatever their class names say and however much teaser prose they hold: a related
/// box between two parts of the text, or a block of teasers longer than the article itself. The
/// section of a heading (h1-h6: a menu item "Weitere" opens nothing) is the largest element that
/// the heading opens (whose first block it is).
/// </summary>
internal static class ClosingSections
{
    public static void Mark(PageModel model, BlockKind[] kinds, BoilerplateLexicon lexicon)
    {
        var blocks = model.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!blocks[i].IsHeading || !lexicon.IsEndMarker(blocks[i].Text))
            {
                continue;
            }

            var section = Section(model, i);
            if (section < 0 || HoldsHeadline(model, section))
            {
                continue;
            }

            var end = model.Boxes[section].EndBlock;
            for (var j = i; j < end; j++)
            {
                kinds[j] = BlockKind.Bad;
            }

            i = end - 1;
        }
    }

    /// <summary>The largest box, below the page's outer containers, whose first block is <paramref name="block"/>; -1 when it holds the heading alone.</summary>
    internal static int Section(PageModel model, int block)
    {
        var box = model.Blocks[block].Box;
        if (model.Boxes[box].FirstBlock != block)
        {
            return -1;
        }

        while (true)
        {
            var parent = model.Boxes[box].Parent;
            if (parent <= 0 || model.Boxes[parent].FirstBlock != block || model.Boxes[parent].Tag is "html" or "body" or "main")
            {
                break;
            }

            box = parent;
        }

        return model.Boxes[box].EndBlock > block + 1 ? box : -1;
    }

    /// <summary>A section that holds an h1 holds the article after its heading (a related list above the story).</summary>
    private static bool HoldsHeadline(PageModel model, int section)
    {
        var box = model.Boxes[section];
        for (var j = box.FirstBlock; j < box.EndBlock; j++)
        {
            if (model.Blocks[j].Tag == "h1")
            {
                return true;
            }
        }

        return false;
    }
}
