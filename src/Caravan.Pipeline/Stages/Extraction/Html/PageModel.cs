namespace Caravan.Pipeline.Stages.Extraction.Html;

/// <summary>
/// A compact, flat view of a parsed page for scoring: the block-level elements ("boxes") in document
/// order and the text blocks they own. Block <c>i</c> lies inside box <c>b</c> exactly when
/// <c>b.FirstBlock &lt;= i &lt; b.EndBlock</c>, so containment needs no tree walk.
/// </summary>
internal sealed class PageModel
{
    public List<Box> Boxes { get; } = [];

    public List<TextBlock> Blocks { get; } = [];

    /// <summary>Raw material for metadata, gathered during the same walk.</summary>
    public PageSignals Signals { get; } = new();
}

/// <summary>A block-level element.</summary>
internal sealed class Box
{
    public required int Parent { get; init; }

    public required string Tag { get; init; }

    public required int Depth { get; init; }

    /// <summary>Its class, id and role words matched a boilerplate pattern (menus, comments, share bars).</summary>
    public required bool Boilerplate { get; init; }

    /// <summary>
    /// A dialog or consent box (role=dialog, aria-modal, cookie/consent class words): marked for good,
    /// however much prose it holds (cookie texts are longer than many short articles).
    /// </summary>
    public bool Overlay { get; init; }

    /// <summary>Its class, id or itemprop words matched an article-body pattern.</summary>
    public required bool ArticleHint { get; init; }

    /// <summary>The nearest strict ancestor marked as boilerplate, or -1.</summary>
    public required int MarkedAncestor { get; init; }

    public int FirstBlock { get; set; }

    public int EndBlock { get; set; }
}

/// <summary>
/// A run of text between block boundaries. <see cref="LinkChars"/> counts the characters inside
/// links; <see cref="BoilerplateBox"/> is the nearest boilerplate-marked ancestor box or -1.
/// </summary>
internal sealed record TextBlock(string Text, int LinkChars, int Box, string Tag, int BoilerplateBox)
{
    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;

    public bool IsHeading => Tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";
}
