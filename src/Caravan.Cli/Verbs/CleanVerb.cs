using Caravan.Pipeline;
using Caravan.Core.Model;
using System.CommandLine;
using System.Text;
using Caravan.Pipeline.Stages.Extraction;

namespace Caravan.Cli.Verbs;

/// <summary>`caravan clean [FILE | -] [--out FILE] [--json]`: removes leftover boilerplate from pre-extracted text.</summary>
internal static class CleanVerb
{
    public static Command Create()
    {
        var input = new Argument<string>("FILE") { Description = "Plain-text file, or - for stdin", Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => "-" };
        var output = new Option<string?>("--out") { Description = "Write to this file instead of stdout" };
        var json = new Option<bool>("--json") { Description = "Write one JSON line shaped like `caravan extract` output" };
        var command = new Command("clean", "Remove boilerplate lines (comment forms, related links, counters) from extracted text.") { input, output, json };
        command.SetAction(parse => CliIo.Guard(() => Run(parse.GetValue(input) ?? "-", parse.GetValue(output), parse.GetValue(json))));
        return command;
    }

    private static int Run(string input, string? output, bool json)
    {
        string text;
        using (var reader = CliIo.OpenInput(input))
        {
            text = reader.ReadToEnd();
        }

        var id = input == "-" ? "stdin" : Path.GetFileNameWithoutExtension(input);
        var raw = ArticleRecords.Raw(id, input == "-" ? null : input, Encoding.UTF8.GetBytes(text), SourceKind.PlainText);
        var article = CaravanPipelines.CreateExtraction().ProcessArticle(raw);
        using var writer = CliIo.OpenOutput(output);
        if (json)
        {
            writer.WriteLine(ArticleRecords.ToJson(article, input));
        }
        else
        {
            // The headline is article content too: plain output keeps it as the first paragraph.
            writer.Write(article.Title is null ? article.Text : article.Title + "\n\n" + article.Text);
            writer.WriteLine();
        }

        return 0;
    }
}
