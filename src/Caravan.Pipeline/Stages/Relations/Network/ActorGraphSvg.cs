using System.Globalization;
using System.Text;

namespace Caravan.Pipeline.Stages.Relations.Network;

/// <summary>
/// A self-contained SVG picture of an <see cref="ActorGraph"/> for the HTML report: no scripts, no
/// external resources, every text escaped. Edge colour follows the CAMEO "quad class": codes 01–08
/// (cooperation) green, 09–13 (verbal conflict) orange, 14–20 (material conflict) red.
/// </summary>
public static class ActorGraphSvg
{
    /// <summary>
    /// The picture; when <paramref name="nodeHref"/> gives a link for a node, its circle and name link
    /// there (the web UI's actor pages).
    /// </summary>
    public static string RenderSvg(ActorGraph graph, int width = 900, int height = 600, Func<ActorNode, string?>? nodeHref = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var positions = ForceLayout.Place(graph);
        var index = graph.Nodes.Select((n, i) => (n.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var sb = new StringBuilder();
        sb.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"sans-serif\" font-size=\"12\">\n"));
        sb.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"18\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#666\"/></marker></defs>\n");
        foreach (var e in graph.Edges)
        {
            var (x1, y1) = Scale(positions[index[e.Source]], width, height);
            var (x2, y2) = Scale(positions[index[e.Target]], width, height);
            var stroke = Math.Min(6, 1 + e.Weight);
            sb.Append(Inv($"<line x1=\"{x1:F1}\" y1=\"{y1:F1}\" x2=\"{x2:F1}\" y2=\"{y2:F1}\" stroke=\"{Colour(e.Code)}\" stroke-width=\"{stroke}\" marker-end=\"url(#arrow)\"><title>"));
            sb.Append(Escape($"{e.Source} → {e.Target}: {e.Label} ({e.Code}), {e.Weight} source(s)"));
            sb.Append("</title></line>\n");
        }

        for (var i = 0; i < graph.Nodes.Length; i++)
        {
            var node = graph.Nodes[i];
            var (x, y) = Scale(positions[i], width, height);
            var r = 5 + Math.Min(15, Math.Sqrt(node.Mentions + node.Quotes));
            var fill = node.Type switch { "PER" => "#4e79a7", "ORG" => "#b07aa1", "LOC" => "#59a14f", _ => "#9c9c9c" };
            var href = nodeHref?.Invoke(node);
            if (href is not null)
            {
                sb.Append("<a href=\"").Append(Escape(href)).Append("\">");
            }

            sb.Append(Inv($"<circle cx=\"{x:F1}\" cy=\"{y:F1}\" r=\"{r:F1}\" fill=\"{fill}\"><title>"));
            sb.Append(Escape(Inv($"{node.Name} ({node.Type}), {node.Mentions} mentions, {node.Quotes} quotes")));
            sb.Append("</title></circle>\n");
            sb.Append(Inv($"<text x=\"{x + r + 2:F1}\" y=\"{y + 4:F1}\">"));
            sb.Append(Escape(node.Name));
            sb.Append(href is null ? "</text>\n" : "</text></a>\n");
        }

        sb.Append("</svg>\n");
        return sb.ToString();
    }

    private static (double X, double Y) Scale((double X, double Y) p, int width, int height) => (p.X * width, p.Y * height);

    private static string Colour(string code) =>
        int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var c)
            ? c <= 8 ? "#2e7d32" : c <= 13 ? "#ef6c00" : "#c62828"
            : "#666";

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static string Escape(string s) => XmlText.Clean(s)
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal);
}
