using System.CommandLine;
using Caravan.Core.Errors;
using Caravan.Pipeline.Models;
using Caravan.Pipeline.Stages.Entities.Ner;

namespace Caravan.Cli.Verbs;

/// <summary>`caravan ner --conll FILE [--lang xx] [--out FILE]` (CONTRACTS.md): tags CoNLL token lines with IOB2.</summary>
internal static class NerVerb
{
    public static Command Create()
    {
        var conll = new Option<string>("--conll") { Description = "CoNLL-style input, one token per line ('-' = stdin)", Required = true };
        var lang = new Option<string?>("--lang") { Description = "language of the input (default: detected per document)" };
        var output = new Option<string?>("--out") { Description = "output file (default: stdout)" };
        var domain = new Option<string?>("--domain") { Description = "news or wiki (default: detected from the file)" };
        var command = new Command("ner", "Tag named entities (PER, ORG, LOC, MISC) in CoNLL token lines.") { conll, lang, output, domain };
        command.SetAction(parse => CliIo.Guard(() =>
        {
            NerDomain? chosen = parse.GetValue(domain) switch
            {
                null => null,
                "news" => NerDomain.News,
                "wiki" => NerDomain.Wiki,
                var other => throw new CaravanException(ErrorCode.BadArgument, $"--domain '{other}': expected news or wiki"),
            };
            using var input = CliIo.OpenInput(parse.GetValue(conll)!);
            using var writer = CliIo.OpenOutput(parse.GetValue(output));
            var stats = new ConllTagger(new NerModels(ModelCatalog.Default)).Tag(input, writer, new ConllTaggingOptions(parse.GetValue(lang), chosen));
            Console.Error.WriteLine(FormattableString.Invariant(
                $"caravan ner: {stats.Tokens} tokens in {stats.Elapsed.TotalSeconds:F2} s wall, {stats.UserCpu.TotalSeconds:F2} s CPU ({stats.Tokens / Math.Max(1e-9, stats.UserCpu.TotalSeconds):F0} tokens/s per core)"));
            return 0;
        }));
        return command;
    }
}
