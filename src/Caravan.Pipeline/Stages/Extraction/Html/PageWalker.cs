using System.Text;
using AngleSharp.Dom;

namespace Caravan.Pipeline.Stages.Extraction.Html;

/// <summary>
/// Walks a parsed document once, without recursion (hostile pages nest thousands deep), building the
/// <see cref="PageModel"/>: boxes, text blocks with their link characters, and metadata signals.
/// Below <see cref="ExtractionOptions.MaxDomDepth"/> text still flows into the deepest box, but no
/// new boxes are made.
/// </summary>
internal sealed class PageWalker
{
    private readonly ExtractionOptions _options;
    private readonly PageModel _model = new();
    private readonly StringBuilder _text = new();
    private readonly List<Frame> _stack = [];
    private int _linkChars;
    private int _linkDepth;
    private int _pendingBreaks;

    private PageWalker(ExtractionOptions options) => _options = options;

    private readonly record struct Frame(INode Node, int Child, int Box, bool IsBlock, bool IsLink, int Marked);

    public static PageModel Walk(IDocument document, ExtractionOptions options, CancellationToken cancellationToken)
    {
        var walker = new PageWalker(options);
        walker.Run(document, cancellationToken);
        return walker._model;
    }

    private void Run(IDocument document, CancellationToken cancellationToken)
    {
        var signals = _model.Signals;
        signals.HtmlLang = document.DocumentElement?.GetAttribute("lang");
        MetadataScanner.ScanHead(document, signals);
        _model.Boxes.Add(new Box { Parent = -1, Tag = "#root", Depth = 0, Boilerplate = false, ArticleHint = false, MarkedAncestor = -1 });
        _stack.Add(new Frame(document, 0, 0, true, false, -1));
        var steps = 0;
        while (_stack.Count > 0)
        {
            if ((++steps & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var top = _stack[^1];
            if (top.Child >= top.Node.ChildNodes.Length)
            {
                Leave(top);
                _stack.RemoveAt(_stack.Count - 1);
                continue;
            }

            _stack[^1] = top with { Child = top.Child + 1 };
            var node = top.Node.ChildNodes[top.Child];
            if (node.NodeType == NodeType.Text)
            {
                AppendText(node.TextContent);
            }
            else if (node is IElement element)
            {
                Enter(element, top);
            }
        }

        Flush(0);
        _model.Boxes[0].EndBlock = _model.Blocks.Count;
    }

    private void Enter(IElement element, Frame parent)
    {
        var tag = element.LocalName;
        MetadataScanner.ScanElement(element, tag, _model.Signals, _model.Blocks.Count);
        if (tag == "br")
        {
            OnBreak(parent.Box);
            return;
        }

        if (ElementRoles.IsSkipped(tag) || IsHidden(element))
        {
            return;
        }

        var isLink = tag == "a";
        var isBlock = ElementRoles.IsBlock(tag);
        var box = parent.Box;
        var marked = parent.Marked;
        if (isBlock)
        {
            Flush(parent.Box);
            if (_stack.Count < _options.MaxDomDepth)
            {
                var className = element.GetAttribute("class");
                var id = element.GetAttribute("id");
                var role = element.GetAttribute("role");
                var overlay = ElementRoles.CanBeMarked(tag) &&
                    (role is "dialog" or "alertdialog" || element.GetAttribute("aria-modal") == "true" ||
                     ElementRoles.AnyWord(className, ElementRoles.IsOverlayBoxWord) || ElementRoles.AnyWord(id, ElementRoles.IsOverlayBoxWord));
                var boilerplate = overlay || (ElementRoles.CanBeMarked(tag) &&
                    (ElementRoles.IsFurniture(tag) || role is "navigation" or "complementary" or "contentinfo" or "banner" ||
                     ElementRoles.AnyWord(className, ElementRoles.IsBoilerplateWord) || ElementRoles.AnyWord(id, ElementRoles.IsBoilerplateWord)));
                var article = element.GetAttribute("itemprop") is "articleBody" or "text" ||
                    ElementRoles.AnyWord(className, ElementRoles.IsArticleWord) || ElementRoles.AnyWord(id, ElementRoles.IsArticleWord);
                box = _model.Boxes.Count;
                _model.Boxes.Add(new Box
                {
                    Parent = parent.Box,
                    Tag = tag,
                    Depth = _model.Boxes[parent.Box].Depth + 1,
                    Boilerplate = boilerplate,
                    Overlay = overlay,
                    ArticleHint = article,
                    MarkedAncestor = parent.Marked,
                    FirstBlock = _model.Blocks.Count,
                });
                if (boilerplate)
                {
                    marked = box;
                }
            }
        }

        if (isLink)
        {
            _linkDepth++;
        }

        if (ElementRoles.IsCell(tag))
        {
            AppendText(" ");
        }

        _stack.Add(new Frame(element, 0, box, isBlock, isLink, marked));
    }

    private void Leave(Frame frame)
    {
        if (frame.IsLink)
        {
            _linkDepth--;
        }

        if (frame.IsBlock)
        {
            Flush(frame.Box);
            if (frame.Node is IElement && frame.Box != 0 && (_stack.Count < 2 || _stack[^2].Box != frame.Box))
            {
                _model.Boxes[frame.Box].EndBlock = _model.Blocks.Count;
            }
        }
    }

    private void OnBreak(int box)
    {
        // Two <br> in a row separate paragraphs on sites that use no <p>.
        _pendingBreaks++;
        if (_pendingBreaks >= 2)
        {
            Flush(box);
        }
        else
        {
            AppendText(" ");
        }
    }

    private void AppendText(string data)
    {
        var nonSpace = false;
        foreach (var c in data)
        {
            if (c is '\u00AD' or '\u200B' or '\u200C' or '\uFEFF')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (_text.Length > 0 && _text[^1] != ' ')
                {
                    _text.Append(' ');
                }

                continue;
            }

            nonSpace = true;
            _text.Append(c);
            if (_linkDepth > 0)
            {
                _linkChars++;
            }
        }

        if (nonSpace)
        {
            _pendingBreaks = 0;
        }
    }

    private void Flush(int box)
    {
        _pendingBreaks = 0;
        var text = _text.ToString().Trim();
        _text.Clear();
        var links = _linkChars;
        _linkChars = 0;
        if (text.Length == 0 || text.Length > _options.MaxBlockChars)
        {
            return;
        }

        var owner = _model.Boxes[box];
        var marked = owner.Boilerplate ? box : owner.MarkedAncestor;
        _model.Blocks.Add(new TextBlock(text, Math.Min(links, text.Length), box, owner.Tag, marked));
    }

    /// <summary>Hidden by attribute, inline style or a hiding class, or a hover overlay (not on the page's main containers).</summary>
    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true")
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (style is not null && (style.Contains("display:none", StringComparison.OrdinalIgnoreCase) ||
            style.Contains("display: none", StringComparison.OrdinalIgnoreCase) ||
            style.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var className = element.GetAttribute("class");
        return ElementRoles.AnyWord(className, ElementRoles.IsHiddenWord, parts: false) ||
            (ElementRoles.CanBeMarked(element.LocalName) && ElementRoles.AnyWord(className, ElementRoles.IsOverlayWord));
    }
}
