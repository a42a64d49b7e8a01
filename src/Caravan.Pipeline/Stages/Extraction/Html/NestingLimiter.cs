using System.Text;

namespace Caravan.Pipeline.Stages.Extraction.Html;

/// <summary>
/// Flattens pathological nesting before parsing: an HTML5 tree builder walks its stack of open elements for many
/// tags and re-opens active formatting elements, so 100,000 nested or unclosed elements cost minutes. One linear pass
/// reads the page as the tokenizer does (<see cref="MarkupTokenizer"/>) and follows the tree builder's stack
/// (<see cref="OpenElementModel"/>, whose depth is never below the builder's); start tags that would nest past
/// <c>maxDepth</c>, or add a formatting element past <see cref="MaxFormatting"/> since the last marker, are dropped
/// and their text kept. Nothing else changes: pages within the limits come back as the same string.
/// </summary>
internal static class NestingLimiter
{
    /// <summary>
    /// Active formatting elements allowed after the last marker. The builder re-opens all of them before each text
    /// (each re-opening is an element), so this bounds that work per text; three equal tags already count once (Noah's Ark).
    /// </summary>
    public const int MaxFormatting = 16;

    public static string Limit(string html, int maxDepth) => Limit(html, maxDepth, null);

    /// <summary>As <see cref="Limit(string, int)"/>; <paramref name="dropped"/> receives the range of every dropped tag.</summary>
    internal static string Limit(string html, int maxDepth, List<Range>? dropped)
    {
        if (Scan(html, maxDepth, null, null))
        {
            return html;
        }

        var sb = new StringBuilder(html.Length);
        Scan(html, maxDepth, sb, dropped);
        return sb.ToString();
    }

    /// <summary>Returns true when no tag is dropped; with <paramref name="output"/>, writes the page without the dropped tags.</summary>
    private static bool Scan(string html, int maxDepth, StringBuilder? output, List<Range>? dropped)
    {
        var tokenizer = new MarkupTokenizer(html);
        var model = new OpenElementModel(maxDepth, MaxFormatting);
        var copied = 0;
        while (!tokenizer.AtEnd)
        {
            tokenizer.AllowCData = model.InForeignContent;
            var token = tokenizer.Next();
            if (model.Accept(token, html, out var content))
            {
                if (content != ContentModel.Data)
                {
                    tokenizer.Switch(content, token.Name);
                }

                continue;
            }

            if (output is null)
            {
                return false;
            }

            output.Append(html, copied, token.Start - copied);
            dropped?.Add(token.Start..token.End);
            copied = token.End;
        }

        output?.Append(html, copied, html.Length - copied);
        return true;
    }
}
