using System.Text.Json;
using Caravan.Cli;

namespace Caravan.Tests.Cli.Verbs;

public sealed class LangidVerbTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("caravan-langid-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (int Code, string[] Lines) Run(string input, params string[] options)
    {
        var inPath = Path.Combine(_dir, "in.txt");
        var outPath = Path.Combine(_dir, "out.txt");
        File.WriteAllText(inPath, input);
        var code = CaravanCommand.Run(["langid", inPath, "--out", outPath, .. options]);
        return (code, code == 0 ? File.ReadAllText(outPath).Split('\n') : []);
    }

    [Fact]
    public void Run_PlainLines_OneCodePerLineAndUndForEmpty()
    {
        var (code, lines) = Run("Das Wetter ist heute schön.\n\nAstăzi vremea este frumoasă.\n");

        Assert.Equal(0, code);
        Assert.Equal(["de", "und", "ro", ""], lines);
    }

    [Fact]
    public void Run_Json_ContractShape()
    {
        var (code, lines) = Run("Погода сегодня хорошая, и мы пойдём гулять.\n", "--json");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(lines[0]);
        var root = doc.RootElement;
        Assert.Equal(["lang", "score", "candidates"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("ru", root.GetProperty("lang").GetString());
        var first = root.GetProperty("candidates")[0];
        Assert.Equal(["lang", "p"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal(root.GetProperty("score").GetDouble(), first.GetProperty("p").GetDouble());
    }

    [Fact]
    public void Run_SameInputTwice_ByteIdenticalOutput()
    {
        var first = Run("Hello world\nBonjour le monde\n", "--json").Lines;
        var second = Run("Hello world\nBonjour le monde\n", "--json").Lines;

        Assert.Equal(first, second);
    }

    [Fact]
    public void Run_MissingFile_ExitCode1()
    {
        var code = CaravanCommand.Run(["langid", Path.Combine(_dir, "missing.txt")]);

        Assert.Equal(1, code);
    }
}
