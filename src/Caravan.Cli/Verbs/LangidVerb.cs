using System.CommandLine;

namespace Caravan.Cli.Verbs;

internal static class LangidVerb
{
    public static Command Create()
    {
        var input = new Argument<string>("FILE") { Description = "Input file, one text per line ('-' for stdin).", DefaultValueFactory = _ => "-" };
        var output = new Option<string?>("--out") { Description = "Output file (default: stdout)." };
        var json = new Option<bool>("--json") { Description = "Write JSON objects with scores and candidates." };
        var command = new Command("langid", "Identify the language of each input line.") { input, output, json };
        command.SetAction(parse =>
        {
            Console.Out.WriteLine(parse.GetValue(input));
            return 0;
        });
        return command;
    }
}
