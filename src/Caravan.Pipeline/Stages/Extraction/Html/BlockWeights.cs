using Caravan.Pipeline.Stages.Extraction.Text;

namespace Caravan.Pipeline.Stages.Extraction.Html;

/// <summary>How a text block looks on its own, before its position is considered.</summary>
internal enum BlockKind
{
    /// <summary>Prose: long enough, few links.</summary>
    Good,
    /// <summary>A short sentence: kept when it sits among good blocks.</summary>
    Sentence,
    /// <summary>A short fragment (label, heading, date): kept only between good blocks.</summary>
    Short,
    /// <summary>Links, known boilerplate phrases, or inside a boilerplate-marked element.</summary>
    Bad,
}

/// <summary>
/// Classifies text blocks and weights them so that a subtree's value is its prose minus its
/// furniture (after jusText's block classes and readability's link density). Boilerplate marks from
/// class names are trusted unless the marked element holds most of the page's prose (a site that
/// calls its article wrapper "post-meta-content").
/// </summary>
internal sealed class BlockWeights
{
    private readonly PageModel _model;
    private readonly ExtractionOptions _options;
    private readonly BoilerplateLexicon _lexicon;
    private readonly HashSet<int> _ignoredMarks = [];

    public BlockWeights(PageModel model, ExtractionOptions options, BoilerplateLexicon lexicon)
    {
        _model = model;
        _options = options;
        _lexicon = lexicon;
        var blocks = model.Blocks;
        Kinds = new BlockKind[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            Kinds[i] = Intrinsic(blocks[i]);
        }

        ReviewMarks();
        ClosingSections.Mark(model, Kinds, lexicon);
        Weights = new double[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            if (Kinds[i] != BlockKind.Bad && IsMarked(blocks[i].BoilerplateBox))
            {
                Kinds[i] = BlockKind.Bad;
            }

            Weights[i] = Weight(blocks[i], Kinds[i]);
        }
    }

    public BlockKind[] Kinds { get; }

    public double[] Weights { get; }

    private BlockKind Intrinsic(TextBlock block)
    {
        var text = block.Text;
        if (block.LinkDensity > _options.MaxLinkDensity || _lexicon.IsBoilerplate(text))
        {
            return BlockKind.Bad;
        }

        if (text.Length >= _options.MinGoodBlockChars && block.LinkDensity <= _options.MaxGoodLinkDensity)
        {
            return BlockKind.Good;
        }

        return EndsSentence(text) && WordCount(text) >= 4 ? BlockKind.Sentence : BlockKind.Short;
    }

    private static double Weight(TextBlock block, BlockKind kind) => kind switch
    {
        BlockKind.Good => block.Text.Length * (1 - block.LinkDensity),
        BlockKind.Sentence => block.Text.Length * 0.5,
        BlockKind.Short => 0,
        _ => -(block.Text.Length + 10),
    };

    private void ReviewMarks()
    {
        var blocks = _model.Blocks;
        var prefix = new double[blocks.Count + 1];
        var count = new int[blocks.Count + 1];
        for (var i = 0; i < blocks.Count; i++)
        {
            var good = Kinds[i] == BlockKind.Good;
            prefix[i + 1] = prefix[i] + (good ? blocks[i].Text.Length : 0);
            count[i + 1] = count[i] + (good ? 1 : 0);
        }

        // One long block in a footer (a customer-service notice) is not an article: the override
        // needs several prose blocks, and never applies to nav/aside/footer elements or dialogs.
        var total = prefix[blocks.Count];
        for (var b = 0; b < _model.Boxes.Count; b++)
        {
            var box = _model.Boxes[b];
            if (box.Boilerplate && !box.Overlay && total > 0 && !ElementRoles.IsFurniture(box.Tag) && count[box.EndBlock] - count[box.FirstBlock] >= 2 &&
                prefix[box.EndBlock] - prefix[box.FirstBlock] > total * _options.MarkOverrideShare)
            {
                _ignoredMarks.Add(b);
            }
        }
    }

    private bool IsMarked(int box)
    {
        while (box >= 0)
        {
            if (!_ignoredMarks.Contains(box))
            {
                return true;
            }

            box = _model.Boxes[box].MarkedAncestor;
        }

        return false;
    }

    internal static bool EndsSentence(string text)
    {
        var t = text.TrimEnd('"', '\'', '”', '“', '»', '«', '’', ')', ' ');
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or '…' or '。' or '！' or '？' or ':' or ';';
    }

    internal static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }
}
