using System.Globalization;
using Caravan.Pipeline.Jobs;
using Caravan.Pipeline.Output;
using Spectre.Console;

namespace Caravan.Cli.Rendering;

/// <summary>The terminal overview of `analyze`: stories, top actors with their variants, quotes, relations.</summary>
internal static class Overview
{
    private const int MaxRows = 15;

    public static void Print(AnalysisReport report, AnalysisDocument document)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        var corpus = report.Corpus;
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"[bold]Caravan[/]: {corpus.Articles.Length} articles in store ({report.Ingested} new, {report.AlreadyStored} already stored, " +
            $"{report.DuplicateInputs} duplicate inputs, {report.Problems + report.Failures} skipped) in {report.Elapsed.TotalSeconds:F1} s"));
        console.WriteLine();

        var stories = new Table().Title("[bold]Stories[/]").AddColumns("Story", "Languages", "Articles", "Sources", "Summary");
        foreach (var story in document.Stories.OrderByDescending(s => s.Documents.Length).ThenBy(s => s.Id, StringComparer.Ordinal).Take(MaxRows))
        {
            stories.AddRow(Escape(story.Title), string.Join(", ", story.Languages), N(story.Documents.Length), N(story.IndependentSources),
                Escape(Shorten(story.Summary, 90)));
        }

        console.Write(stories);
        var actors = new Table().Title("[bold]Top actors[/]").AddColumns("Actor", "Type", "Mentions", "Articles", "Spellings");
        foreach (var actor in document.Entities.Take(MaxRows))
        {
            actors.AddRow(Escape(actor.Name), actor.Type, N(actor.Mentions), N(actor.Documents.Length),
                Escape(Shorten(string.Join(", ", actor.Variants), 70)));
        }

        console.Write(actors);
        var quotes = new Table().Title("[bold]Quotes[/]").AddColumns("Speaker", "Quote", "Article");
        foreach (var quote in document.Quotes.Take(MaxRows))
        {
            quotes.AddRow(Escape(quote.Speaker ?? "(unnamed source)"), Escape(Shorten(quote.Quote, 90)), Escape(quote.Doc));
        }

        console.Write(quotes);
        if (document.Relations.Length > 0)
        {
            var relations = new Table().Title("[bold]Relations[/]").AddColumns("Source", "Relation", "Target", "Sources");
            foreach (var relation in document.Relations.Take(MaxRows))
            {
                relations.AddRow(Escape(relation.Source), Escape($"{relation.Label} ({relation.Type})"), Escape(relation.Target), N(relation.IndependentSources));
            }

            console.Write(relations);
        }
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Escape(string s) => Markup.Escape(s);

    private static string Shorten(string s, int max)
    {
        var flat = s.ReplaceLineEndings(" ");
        return flat.Length <= max ? flat : string.Concat(flat.AsSpan(0, max - 1), "…");
    }
}
