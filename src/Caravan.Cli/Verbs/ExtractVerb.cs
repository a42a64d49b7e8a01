using Caravan.Pipeline;
using Caravan.Core.Model;
using System.CommandLine;
using System.Diagnostics;
using Caravan.Core.Errors;
using Caravan.Core.Pipeline;
using Caravan.Pipeline.Stages.Extraction;

namespace Caravan.Cli.Verbs;

/// <summary>`caravan extract PATH... [--out FILE.jsonl]`: one JSON line per HTML file (CONTRACTS.md).</summary>
internal static class ExtractVerb
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "HTML files (.html, .htm, .html.gz) or folders searched recursively", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--out") { Description = "Write JSON lines to this file instead of stdout" };
        var command = new Command("extract", "Extract title, text and metadata from HTML pages as JSON lines.") { paths, output };
        command.SetAction(parse => CliIo.Guard(() => Run(parse.GetValue(paths) ?? [], parse.GetValue(output))));
        return command;
    }

    private static int Run(string[] paths, string? output)
    {
        var files = HtmlInputs.Enumerate(paths);
        var options = ExtractionOptions.Default;
        var pipeline = CaravanPipelines.CreateExtraction(options);
        using var writer = CliIo.OpenOutput(output);

        // One-time costs (JIT, parser tables, language data) are paid on a small page first, so
        // the per-page times below measure pages, not start-up.
        var startup = Stopwatch.StartNew();
        pipeline.ProcessArticle(ArticleRecords.Raw("warm-up", null, "<html><body><p>Warm-up page, with a sentence.</p></body></html>"u8.ToArray(), SourceKind.Html));
        startup.Stop();
        var total = Stopwatch.StartNew();
        var slowest = (Id: "", Time: TimeSpan.Zero);
        foreach (var file in files)
        {
            var id = HtmlInputs.IdOf(file);
            try
            {
                var page = Stopwatch.StartNew();
                var bytes = HtmlInputs.Read(file, options.MaxInputBytes);
                var article = pipeline.ProcessArticle(ArticleRecords.Raw(id, file, bytes, SourceKind.Html));
                writer.WriteLine(ArticleRecords.ToJson(article, file));
                if (page.Elapsed > slowest.Time)
                {
                    slowest = (id, page.Elapsed);
                }
            }
            catch (Exception e) when (e is CaravanException or StageFailedException { InnerException: CaravanException })
            {
                // A page over a limit (ExtractionOptions.MaxCpuTime) is skipped by name; the others are still written.
                CliIo.Warn($"{file}: skipped ({e.Message})");
            }
        }

        var seconds = total.Elapsed.TotalSeconds;
        Console.Error.WriteLine(FormattableString.Invariant(
            $"caravan extract: {files.Count} pages in {seconds:F1} s ({files.Count / Math.Max(seconds, 1e-9):F1} pages/s), slowest {slowest.Id} {slowest.Time.TotalMilliseconds:F0} ms, start-up {startup.Elapsed.TotalMilliseconds:F0} ms"));
        return 0;
    }
}
