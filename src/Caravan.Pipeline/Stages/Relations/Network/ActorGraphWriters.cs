using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;

namespace Caravan.Pipeline.Stages.Relations.Network;

/// <summary>Exports an <see cref="ActorGraph"/> as JSON, GraphML (yEd, networkx) or GEXF 1.3 (Gephi).</summary>
public static partial class ActorGraphWriters
{
    public static void WriteJson(ActorGraph graph, Stream output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true });
        w.WriteStartObject();
        w.WriteStartArray("nodes");
        foreach (var n in graph.Nodes)
        {
            w.WriteStartObject();
            w.WriteString("id", n.Id);
            w.WriteString("name", n.Name);
            w.WriteString("type", n.Type);
            w.WriteNumber("mentions", n.Mentions);
            w.WriteNumber("quotes", n.Quotes);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("edges");
        foreach (var e in graph.Edges)
        {
            w.WriteStartObject();
            w.WriteString("source", e.Source);
            w.WriteString("target", e.Target);
            w.WriteString("type", e.Code);
            w.WriteString("label", e.Label);
            w.WriteNumber("weight", e.Weight);
            w.WriteStartArray("documents");
            foreach (var d in e.Documents)
            {
                w.WriteStringValue(d);
            }

            w.WriteEndArray();
            w.WriteStartArray("evidence");
            foreach (var s in e.Evidence)
            {
                w.WriteStringValue(s);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void WriteGraphMl(ActorGraph graph, Stream output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        using var w = XmlWriter.Create(output, Settings());
        w.WriteStartDocument();
        w.WriteStartElement("graphml", "http://graphml.graphdrawing.org/xmlns");
        Key(w, "name", "node", "name", "string");
        Key(w, "type", "node", "type", "string");
        Key(w, "mentions", "node", "mentions", "int");
        Key(w, "quotes", "node", "quotes", "int");
        Key(w, "code", "edge", "code", "string");
        Key(w, "label", "edge", "label", "string");
        Key(w, "weight", "edge", "weight", "int");
        w.WriteStartElement("graph");
        w.WriteAttributeString("id", "actors");
        w.WriteAttributeString("edgedefault", "directed");
        foreach (var n in graph.Nodes)
        {
            w.WriteStartElement("node");
            w.WriteAttributeString("id", XmlText.Clean(n.Id));
            Data(w, "name", n.Name);
            Data(w, "type", n.Type);
            Data(w, "mentions", Num(n.Mentions));
            Data(w, "quotes", Num(n.Quotes));
            w.WriteEndElement();
        }

        var i = 0;
        foreach (var e in graph.Edges)
        {
            w.WriteStartElement("edge");
            w.WriteAttributeString("id", "e" + Num(i++));
            w.WriteAttributeString("source", XmlText.Clean(e.Source));
            w.WriteAttributeString("target", XmlText.Clean(e.Target));
            Data(w, "code", e.Code);
            Data(w, "label", e.Label);
            Data(w, "weight", Num(e.Weight));
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static XmlWriterSettings Settings() => new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        NewLineChars = "\n",
        CloseOutput = false,
    };

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static void Key(XmlWriter w, string id, string scope, string name, string type)
    {
        w.WriteStartElement("key");
        w.WriteAttributeString("id", id);
        w.WriteAttributeString("for", scope);
        w.WriteAttributeString("attr.name", name);
        w.WriteAttributeString("attr.type", type);
        w.WriteEndElement();
    }

    private static void Data(XmlWriter w, string key, string value)
    {
        w.WriteStartElement("data");
        w.WriteAttributeString("key", key);
        w.WriteString(XmlText.Clean(value));
        w.WriteEndElement();
    }
}
