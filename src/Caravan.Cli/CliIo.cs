using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Caravan.Core.Errors;

namespace Caravan.Cli;

/// <summary>Input, output and error conventions shared by every verb (CONTRACTS.md general rules).</summary>
internal static class CliIo
{
    /// <summary>JSON output: UTF-8 kept readable (no \u escapes for non-ASCII), compact, deterministic.</summary>
    public static JsonSerializerOptions Json { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    /// <summary>As <see cref="Json"/>, indented, for whole documents meant to be read.</summary>
    public static JsonSerializerOptions JsonIndented { get; } = new(Json) { WriteIndented = true };

    /// <summary>The output writer: <paramref name="path"/> when given, else stdout. UTF-8 without BOM, '\n' line ends.</summary>
    public static TextWriter OpenOutput(string? path)
    {
        var stream = path is null or "-" ? Console.OpenStandardOutput() : File.Create(path);
        return new StreamWriter(stream, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
    }

    /// <summary>Opens an input file ('-' = stdin) as UTF-8 text; throws CARAVAN0003 naming the file.</summary>
    public static TextReader OpenInput(string path)
    {
        if (path == "-")
        {
            return new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
        }

        try
        {
            return new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new CaravanException(ErrorCode.InputUnreadable, $"{path}: cannot read ({e.Message})", e);
        }
    }

    /// <summary>One clear stderr line for an error; returns the exit code 1.</summary>
    public static int Fail(CaravanException error)
    {
        Console.Error.WriteLine($"caravan: {error.Id}: {error.Message}");
        return 1;
    }

    /// <summary>One stderr line for a skipped record; the batch goes on.</summary>
    public static void Warn(string message) => Console.Error.WriteLine($"caravan: warning: {message}");

    /// <summary>Runs a verb body, turning catalogue errors into one stderr line and exit code 1.</summary>
    public static int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (CaravanException e)
        {
            return Fail(e);
        }
    }
}
