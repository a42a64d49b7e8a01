using System.Text;

namespace Caravan.Pipeline.Stages.Extraction.Html;

/// <summary>
/// Flattens pathological nesting before parsing: an HTML5 tree builder scans its stack of open
/// elements for many tags, so 100,000 nested &lt;div&gt; cost minutes. One linear pass keeps a stack
/// of the open elements that must be closed explicitly; opening tags past <c>maxDepth</c> are dropped
/// and their text kept. An end tag closes up to the nearest open element of its name, and one that
/// matches no open element is ignored (as the tree builder ignores it), and the end tag of a formatting
/// element closes only that element (the adoption agency keeps what was opened inside it): stray end tags such as
/// <c>&lt;/script&gt;</c> between thousands of <c>&lt;nav&gt;</c> must not hide the real depth. Pages
/// within the limit are returned unchanged (the common case costs one scan).
/// The limiter is an estimate, not the bound: a shape it misjudges (AngleSharp nests table parts inside a
/// <c>&lt;button&gt;</c> in a <c>&lt;select&gt;</c>) keeps the tree builder busy until
/// <see cref="ExtractionOptions.MaxCpuTime"/> stops the page (<see cref="ExtractionBudget"/>).
/// </summary>
internal static class NestingLimiter
{
    private static readonly HashSet<string> NotCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        // Void elements, and elements whose end tag is optional (unclosed <p> and <li> are normal).
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "html",
        "head", "body", "rb", "rt", "rp", "!doctype",
    };

    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "plaintext"];

    // Formatting elements: the tree builder's adoption agency moves and re-opens what was opened inside them
    // rather than closing it, so their end tag closes only themselves here (an estimate on the safe side).
    private static readonly HashSet<string> Formatting = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
    };

    public static string Limit(string html, int maxDepth, CancellationToken cancellationToken)
    {
        if (Scan(html, maxDepth, null, cancellationToken))
        {
            return html;
        }

        var sb = new StringBuilder(html.Length);
        Scan(html, maxDepth, sb, cancellationToken);
        return sb.ToString();
    }

    /// <summary>Returns true when the page stays within the depth; with <paramref name="output"/>, writes the flattened page.</summary>
    private static bool Scan(string html, int maxDepth, StringBuilder? output, CancellationToken cancellationToken)
    {
        var open = new List<string>();
        var openByName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var i = 0;
        var copied = 0;
        while (i < html.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }

            var closing = html[lt + 1] == '/';
            var nameStart = closing ? lt + 2 : lt + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '!' or '-' or ':'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart && !closing && html[lt + 1] != '?')
            {
                // "<<div>", "< p>": the tokenizer reads "<" as text, so a tag may start right after it. (No search for
                // the next ">" here: a page of "< " repeated would search to its end once per "<".)
                i = lt + 1;
                continue;
            }

            // The search starts after the name, which holds no ">": each character is searched at most once more.
            var gt = html.IndexOf('>', nameEnd);
            if (gt < 0)
            {
                break;
            }

            if (nameEnd == nameStart)
            {
                // "</" or "<?" not followed by a letter ("</<plaintext>", "<?xml>", "</>") is a bogus comment up to the next
                // ">": nothing inside it is a tag.
                i = gt + 1;
                continue;
            }

            i = gt + 1;

            var name = html[nameStart..nameEnd];
            // Inside SVG or MathML, <style>, <title> and the rest are ordinary elements holding markup (1 MB of
            // "<math></time></td></tr></table><style></nav>" nested 46,000 deep behind a skipped "raw text").
            if (!closing && Array.Exists(RawText, r => r.Equals(name, StringComparison.OrdinalIgnoreCase)) &&
                openByName.GetValueOrDefault("svg") + openByName.GetValueOrDefault("math") == 0)
            {
                var end = html.IndexOf("</" + name, gt + 1, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : end;
                continue;
            }

            if (NotCounted.Contains(name) || html[gt - 1] == '/')
            {
                continue;
            }

            bool drop;
            if (closing)
            {
                // Each element is pushed and removed once, and the stack is at most maxDepth deep: linear over the page.
                drop = false;
                if (openByName.GetValueOrDefault(name) > 0)
                {
                    var at = open.FindLastIndex(n => n.Equals(name, StringComparison.OrdinalIgnoreCase));
                    var end = Formatting.Contains(name) ? at + 1 : open.Count;
                    for (var k = at; k < end; k++)
                    {
                        openByName[open[k]]--;
                    }

                    open.RemoveRange(at, end - at);
                }
            }
            else
            {
                drop = open.Count + 1 > maxDepth;
                if (!drop)
                {
                    open.Add(name);
                    openByName[name] = openByName.GetValueOrDefault(name) + 1;
                }
            }

            if (drop)
            {
                if (output is null)
                {
                    return false;
                }

                output.Append(html, copied, lt - copied);
                copied = gt + 1;
            }
        }

        output?.Append(html, copied, html.Length - copied);
        return true;
    }
}
