using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Caravan.Pipeline.Stages.Relations.Network;

namespace Caravan.Tests.Pipeline.Relations;

public class ActorGraphTests
{
    private static ActorGraph Sample()
    {
        var actors = new[]
        {
            new Actor("A1", "Antony Blinken", EntityType.Per, [], ["d1"], 5),
            new Actor("A2", "Kassym-Jomart <Tokayev> & Co", EntityType.Per, [], ["d1"], 3),
            new Actor("A3", "Russia", EntityType.Loc, [], ["d2"], 2),
        };
        var relations = new[]
        {
            new Relation("A1", "A2", "04", "meet", ["d1"], ["Blinken met Tokayev."], 1),
            new Relation("A3", "A2", "16", "halt exports", ["d2"], ["Russia halted exports."], 2),
        };
        return ActorGraph.Build(actors, relations);
    }

    private static string Write(Action<ActorGraph, Stream> writer)
    {
        using var stream = new MemoryStream();
        writer(Sample(), stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void WriteJson_Sample_HasNodesAndEdges()
    {
        using var doc = JsonDocument.Parse(Write(ActorGraphWriters.WriteJson));
        Assert.Equal(3, doc.RootElement.GetProperty("nodes").GetArrayLength());
        Assert.Equal("16", doc.RootElement.GetProperty("edges")[1].GetProperty("type").GetString());
    }

    [Fact]
    public void WriteGraphMlAndGexf_Sample_AreWellFormedWithEscapedNames()
    {
        var graphml = XDocument.Parse(Write(ActorGraphWriters.WriteGraphMl));
        Assert.Equal(2, graphml.Descendants().Count(e => e.Name.LocalName == "edge"));
        var gexf = XDocument.Parse(Write(ActorGraphWriters.WriteGexf));
        Assert.Contains(gexf.Descendants().Where(e => e.Name.LocalName == "node"), n => (string?)n.Attribute("label") == "Kassym-Jomart <Tokayev> & Co");
    }

    [Fact]
    public void RenderSvg_Sample_DeterministicWellFormedAndSelfContained()
    {
        var svg = ActorGraphSvg.RenderSvg(Sample());
        Assert.Equal(svg, ActorGraphSvg.RenderSvg(Sample()));
        var doc = XDocument.Parse(svg);
        Assert.Equal(3, doc.Descendants().Count(e => e.Name.LocalName == "circle"));
        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"http", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Around_Actor_KeepsOnlyNeighbourhood()
    {
        var around = Sample().Around("A1");
        Assert.Equal(["A1", "A2"], around.Nodes.Select(n => n.Id));
        Assert.Single(around.Edges);
    }
}
