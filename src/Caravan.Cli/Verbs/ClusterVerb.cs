using System.CommandLine;
using Caravan.Pipeline.Ingestion;
using Caravan.Pipeline.Models;
using Caravan.Pipeline.Stages.Dedup;
using Caravan.Core.Model;
using Caravan.Pipeline.Stages.Stories;

namespace Caravan.Cli.Verbs;

/// <summary>`caravan cluster DOCS.jsonl [--out FILE.tsv]`: one `id&lt;TAB&gt;story-id` line per document, in input order.</summary>
internal static class ClusterVerb
{
    public static Command Create()
    {
        var input = new Argument<string>("DOCS.jsonl") { Description = "JSON lines {id, text, title?, lang?, date?}, in stream order ('-' = stdin)" };
        var output = new Option<string?>("--out") { Description = "Write the TSV here instead of stdout" };
        var lineage = new Option<bool>("--lineage") { Description = "Add a third column: the id of the earliest copy this document duplicates (empty if none)" };
        var stories = new Option<string?>("--stories") { Description = "Also write one JSON line per story (title, summary per language, topics, sources) to this file" };
        var terms = new Option<string?>("--terms")
        {
            Description = "Also write each document's language, date, duplicate_of and weighted terms as JSON lines to this file (input of benchmarks/stories/replica.py)",
        };
        var timings = new Option<bool>("--timings") { Description = "Also print the time spent reading the input and in each stage (stderr)" };
        var threads = new Option<int>("--threads") { Description = "Threads for per-document fingerprinting (default 1)", DefaultValueFactory = _ => 1 };
        var defaults = new StoryOptions();
        var threshold = new Option<double>("--threshold")
        {
            Description = FormattableString.Invariant($"Similarity from which a document joins a story in its language (default {defaults.Threshold}; higher gives smaller stories)"),
            DefaultValueFactory = _ => defaults.Threshold,
        };
        var crossThreshold = new Option<double>("--cross-language-threshold")
        {
            Description = FormattableString.Invariant($"The same for a story not yet in the document's language (default {defaults.CrossLanguageThreshold})"),
            DefaultValueFactory = _ => defaults.CrossLanguageThreshold,
        };
        var command = new Command("cluster", "Group documents into stories (across languages), in stream order.")
        {
            input, output, lineage, stories, terms, timings, threads, threshold, crossThreshold,
        };
        command.SetAction(parse => CliIo.Guard(() =>
        {
            var path = parse.GetValue(input)!;
            var storyOptions = defaults with { Threshold = parse.GetValue(threshold), CrossLanguageThreshold = parse.GetValue(crossThreshold) };
            var pipeline = ClusteringPipeline.Create(Lexicon.Open(ModelCatalog.Default), stories: storyOptions,
                maxParallelism: Math.Max(1, parse.GetValue(threads)));
            using var reader = CliIo.OpenInput(path);
            using var writer = CliIo.OpenOutput(parse.GetValue(output));
            var withLineage = parse.GetValue(lineage);
            var articles = JsonLinesReader.ReadArticles(reader, path, e => CliIo.Warn(e.Message));
            var storiesPath = parse.GetValue(stories);
            var processed = new List<Article>();
            using var termsFile = parse.GetValue(terms) is { } termsPath ? CliIo.OpenOutput(termsPath) : null;
            var termsWriter = termsFile is null ? null : new TermsWriter(termsFile);
            var times = ClusteringPipeline.Run(pipeline, articles, article =>
            {
                if (storiesPath is not null)
                {
                    processed.Add(article);
                }

                termsWriter?.Write(article);
                writer.Write(article.Id);
                writer.Write('\t');
                writer.Write(article.StoryId);
                if (withLineage)
                {
                    writer.Write('\t');
                    writer.Write(article.DuplicateOf);
                }

                writer.Write('\n');
            });
            if (storiesPath is not null)
            {
                StoryWriter.Write(storiesPath, processed);
            }

            if (parse.GetValue(timings))
            {
                Console.Error.WriteLine("caravan: " + StoreJobs.Timings(times));
            }

            return 0;
        }));
        return command;
    }
}
