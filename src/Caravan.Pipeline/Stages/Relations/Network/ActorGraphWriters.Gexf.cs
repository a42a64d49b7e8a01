using System.Xml;

namespace Caravan.Pipeline.Stages.Relations.Network;

/// <summary>GEXF 1.3, the format Gephi opens natively.</summary>
public static partial class ActorGraphWriters
{
    public static void WriteGexf(ActorGraph graph, Stream output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        using var w = XmlWriter.Create(output, Settings());
        w.WriteStartDocument();
        w.WriteStartElement("gexf", "http://gexf.net/1.3");
        w.WriteAttributeString("version", "1.3");
        w.WriteStartElement("graph");
        w.WriteAttributeString("defaultedgetype", "directed");
        w.WriteStartElement("attributes");
        w.WriteAttributeString("class", "node");
        Attribute(w, "0", "type", "string");
        Attribute(w, "1", "mentions", "integer");
        Attribute(w, "2", "quotes", "integer");
        w.WriteEndElement();
        w.WriteStartElement("attributes");
        w.WriteAttributeString("class", "edge");
        Attribute(w, "0", "code", "string");
        w.WriteEndElement();
        w.WriteStartElement("nodes");
        foreach (var n in graph.Nodes)
        {
            w.WriteStartElement("node");
            w.WriteAttributeString("id", XmlText.Clean(n.Id));
            w.WriteAttributeString("label", XmlText.Clean(n.Name));
            w.WriteStartElement("attvalues");
            AttValue(w, "0", n.Type);
            AttValue(w, "1", Num(n.Mentions));
            AttValue(w, "2", Num(n.Quotes));
            w.WriteEndElement();
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteStartElement("edges");
        var i = 0;
        foreach (var e in graph.Edges)
        {
            w.WriteStartElement("edge");
            w.WriteAttributeString("id", Num(i++));
            w.WriteAttributeString("source", XmlText.Clean(e.Source));
            w.WriteAttributeString("target", XmlText.Clean(e.Target));
            w.WriteAttributeString("label", XmlText.Clean(e.Label));
            w.WriteAttributeString("weight", Num(e.Weight));
            w.WriteStartElement("attvalues");
            AttValue(w, "0", e.Code);
            w.WriteEndElement();
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static void Attribute(XmlWriter w, string id, string title, string type)
    {
        w.WriteStartElement("attribute");
        w.WriteAttributeString("id", id);
        w.WriteAttributeString("title", title);
        w.WriteAttributeString("type", type);
        w.WriteEndElement();
    }

    private static void AttValue(XmlWriter w, string id, string value)
    {
        w.WriteStartElement("attvalue");
        w.WriteAttributeString("for", id);
        w.WriteAttributeString("value", XmlText.Clean(value));
        w.WriteEndElement();
    }
}
