using System.CommandLine;
using System.Text.Json;
using Caravan.Pipeline;
using Caravan.Pipeline.Models;
using Caravan.Pipeline.Stages.Language;

namespace Caravan.Cli.Verbs;

/// <summary>
/// `caravan langid [FILE|-] [--out FILE] [--json]`: one input line = one text; one output line per
/// input line, the language code alone or a JSON object with score and candidates (CONTRACTS.md).
/// </summary>
internal static class LangidVerb
{
    public static Command Create()
    {
        var input = new Argument<string>("file") { Description = "Input file, one text a line ('-' = stdin).", DefaultValueFactory = _ => "-" };
        var output = new Option<string?>("--out") { Description = "Output file (default: stdout)." };
        var json = new Option<bool>("--json") { Description = "Write {\"lang\", \"score\", \"candidates\"} objects." };
        var command = new Command("langid", "Identify the language of each input line.") { input, output, json };
        command.SetAction(parse => CliIo.Guard(() =>
        {
            var identifier = LanguagePipelineExtensions.LoadIdentifier(ModelCatalog.Default);
            using var reader = CliIo.OpenInput(parse.GetValue(input)!);
            using var writer = CliIo.OpenOutput(parse.GetValue(output));
            var asJson = parse.GetValue(json);
            while (reader.ReadLine() is { } line)
            {
                var guess = identifier.Identify(line);
                writer.WriteLine(asJson ? Format(guess) : guess.Language);
            }

            return 0;
        }));
        return command;
    }

    /// <summary>The --json line of one guess; probabilities rounded to 4 places so output is stable and short.</summary>
    internal static string Format(LanguageGuess guess) => JsonSerializer.Serialize(
        new JsonGuess(guess.Language, Math.Round(guess.Score, 4),
            [.. guess.Candidates.Select(c => new JsonCandidate(c.Language, Math.Round(c.Probability, 4)))]),
        CliIo.Json);

    private sealed record JsonGuess(
        [property: System.Text.Json.Serialization.JsonPropertyName("lang")] string Lang,
        [property: System.Text.Json.Serialization.JsonPropertyName("score")] double Score,
        [property: System.Text.Json.Serialization.JsonPropertyName("candidates")] JsonCandidate[] Candidates);

    private sealed record JsonCandidate(
        [property: System.Text.Json.Serialization.JsonPropertyName("lang")] string Lang,
        [property: System.Text.Json.Serialization.JsonPropertyName("p")] double P);
}
