using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Caravan.Pipeline.Stages.Extraction.Html;
using CsCheck;

namespace Caravan.Tests.Stages.Extraction;

/// <summary>
/// The pre-parse step may only empty script (not JSON-LD) and style elements: the parsed tree,
/// every other text and every JSON-LD body must stay as the parser reads the original page.
/// </summary>
public sealed class RawTextBlankerTests
{
    // Tag soup weighted towards what moves the tokenizer: comments, quotes, raw text, escaped script data,
    // foreign content, <select>, and look-alikes ("ſcript" is not "script" to the tokenizer).
    private static readonly string[] Pieces =
    [
        "<script>", "<SCRIPT type=\"text/javascript\">", "</script>", "</ScRiPt >", "</script/>", "</scripts>", "<script src=x/>",
        "<script type=\"application/ld+json\">", "<script type='application/ld&#43;json'>", "{\"@type\":\"NewsArticle\",\"headline\":\"H\"}",
        "<style>", "</style>", "<style media=\"a>b\">", "<noscript>", "</noscript>", "<ſcript>", "<scriptx>",
        "<!--", "-->", "--!>", "<!-->", "<!--->", "<!-", "-", "--", "<!doctype html>", "<?php x ?>", "</ 3>", "</>", "<3",
        "<div title=\"<script>\">", "<div title='>'>", "<div a=b>", "<a href=/x/>", "<p>", "</p>", "<div>", "</div>", "<br>", "</br>",
        "<table>", "<td>", "<h1>", "</h1>", "<b>", "<font color=red>", "<span>",
        "<svg>", "</svg>", "<svg/>", "<math>", "</math>", "<title>", "</title>", "<desc>", "<foreignObject>", "</foreignObject>",
        "<mi>", "<annotation-xml encoding=\"text/html\">", "<![CDATA[", "]]>", "<path d=\"M0 0\"/>",
        "<select>", "</select>", "<option>", "<textarea>", "</textarea>", "<xmp>", "</xmp>", "<iframe>", "</iframe>",
        "<noembed>", "</noembed>", "<noframes>", "</noframes>", "<template>", "</template>", "<plaintext>", "<frameset>",
        "<head>", "<body>", "</body>", "</html>", "<html>",
        "text ", "Visible words. ", "a<b", "x>y", "&amp;", "\"", "'", "=", " ", "\n", "\r", "\t", "/", "\0",
    ];

    private static readonly Gen<string> TagSoup =
        Gen.Int[0, Pieces.Length - 1].Array[0, 60].Select(indexes => string.Concat(indexes.Select(i => Pieces[i])));

    [Fact]
    public void Blank_RandomTagSoup_TreeUnchangedApartFromBlankedBodies() =>
        TagSoup.Sample(html =>
        {
            if (TryShape(html) is { } original)
            {
                Assert.Equal(original, Shape(Parse(RawTextBlanker.Blank(html, CancellationToken.None))));
            }
        }, iter: 20_000);

    [Fact]
    public void Blank_RandomTagSoup_KeepsJsonLdBodiesAndNeverGrows() =>
        TagSoup.Sample(html =>
        {
            var blanked = RawTextBlanker.Blank(html, CancellationToken.None);
            Assert.True(blanked.Length <= html.Length);
            if (TryParse(html) is { } original)
            {
                Assert.Equal(JsonLd(original), JsonLd(Parse(blanked)));
            }
        }, iter: 5_000);

    [Theory]
    [InlineData("<p>a</p><script>var s = '<p>x</p>';</script><p>b</p>", "<p>a</p><script></script><p>b</p>")]
    [InlineData("<style>p{}</style><noscript><img src=x></noscript>", "<style></style><noscript><img src=x></noscript>")]
    [InlineData("<noscript><script>x</script></noscript>", "<noscript><script>x</script></noscript>")]
    [InlineData("<script type=\"application/ld+json\">{\"a\":1}</script>", "<script type=\"application/ld+json\">{\"a\":1}</script>")]
    [InlineData("<div title=\"<script>\">t</div>", "<div title=\"<script>\">t</div>")]
    [InlineData("<!-- <script>x</script> -->", "<!-- <script>x</script> -->")]
    [InlineData("<svg><style>.a{}</style></svg><style>b{}</style>", "<svg><style>.a{}</style></svg><style></style>")]
    [InlineData("</<script><script>x</script><p>kept</p>", "</<script><script></script><p>kept</p>")] // "</<" opens a bogus comment (issue #8)
    [InlineData("<?<script>?><style>x</style>", "<?<script>?><style></style>")]
    public void Blank_Examples(string html, string expected) => Assert.Equal(expected, RawTextBlanker.Blank(html, CancellationToken.None));

    [Fact]
    public void Blank_EscapedScript_EndsWhereTheTokenizerEndsIt()
    {
        // Inside "<!--", "<script>" opens the double-escaped state: the first </script> does not end the script.
        const string html = "<script><!-- <script>a</script> b --></script><p>kept</p>";
        Assert.Equal("<script></script><p>kept</p>", RawTextBlanker.Blank(html, CancellationToken.None));
    }

    [Fact]
    public void Blank_ManyCommentsWithoutBangEnd_IsLinear_Issue8()
    {
        // Every comment looked for "--!>" from where it starts to the end of the page: 1 MB of comments took minutes.
        var html = string.Concat(Enumerable.Repeat("<!---->x", 125_000)) + "<script>y</script>";
        var started = Caravan.Tests.Fuzz.ThreadCpu.Now();
        var blanked = RawTextBlanker.Blank(html, CancellationToken.None);
        Assert.True(Caravan.Tests.Fuzz.ThreadCpu.Now() - started < TimeSpan.FromSeconds(1), $"took {Caravan.Tests.Fuzz.ThreadCpu.Now() - started} of CPU");
        Assert.EndsWith("<script></script>", blanked, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_NothingToBlank_ReturnsTheSameString()
    {
        const string html = "<p>No scripts here.</p>";
        Assert.Same(html, RawTextBlanker.Blank(html, CancellationToken.None));
    }

    private static IDocument Parse(string html) =>
        new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = false, IsScripting = true }).ParseDocument(html);

    /// <summary>Null where AngleSharp 1.10.3 itself fails on the soup (exceptions from its "in select" mode on select/frameset soup).</summary>
    private static IDocument? TryParse(string html)
    {
        try
        {
            return Parse(html);
        }
        catch (Exception e) when (e is NullReferenceException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static string? TryShape(string html) => TryParse(html) is { } document ? Shape(document) : null;

    /// <summary>The tree as text, with the text inside HTML script and style elements left out.</summary>
    private static string Shape(IDocument document)
    {
        var sb = new StringBuilder();
        Write(document, sb, blanked: false);
        return sb.ToString();
    }

    private static void Write(INode node, StringBuilder sb, bool blanked)
    {
        if (blanked && node is IText)
        {
            return;
        }

        switch (node)
        {
            case IElement element:
                sb.Append('<').Append(element.NamespaceUri).Append(':').Append(element.LocalName);
                foreach (var attribute in element.Attributes)
                {
                    sb.Append(' ').Append(attribute.Name).Append("=\"").Append(attribute.Value).Append('"');
                }

                sb.Append('>');
                blanked = element.NamespaceUri == NamespaceNames.HtmlUri && element.LocalName is "script" or "style";
                break;
            case IText text:
                sb.Append('[').Append(text.Data).Append(']');
                break;
            case IComment comment:
                sb.Append("<!").Append(comment.Data).Append('>');
                break;
        }

        foreach (var child in node.ChildNodes)
        {
            Write(child, sb, blanked);
        }

        if (node is AngleSharp.Html.Dom.IHtmlTemplateElement template)
        {
            Write(template.Content, sb, blanked);
        }

        sb.Append("</>");
    }

    private static List<string> JsonLd(IDocument document) =>
        [.. document.All.Where(e => e.LocalName == "script" && e.GetAttribute("type")?.Contains("ld+json", StringComparison.OrdinalIgnoreCase) == true)
            .Select(e => e.TextContent)];
}
