using System.Text.RegularExpressions;
using Caravan.Tests.Cli;

namespace Caravan.Tests.Fuzz;

/// <summary>
/// Every regular expression in src/ runs in bounded time (issue #8): it is built with
/// <see cref="RegexOptions.NonBacktracking"/> (linear by construction) or with a match timeout.
/// The audit reads the sources, so a new regex that forgets both fails CI with its file and line.
/// </summary>
public sealed partial class RegexAuditTests
{
    [Fact]
    public void EveryRegexInSrc_IsLinearOrHasTimeout()
    {
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(CliRunner.RepoRoot, "src"), "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var source = File.ReadAllText(file);
            foreach (Match use in RegexUse().Matches(source))
            {
                var statement = Statement(source, use.Index);
                if (!statement.Contains("NonBacktracking", StringComparison.Ordinal) && !HasTimeout(statement))
                {
                    var line = source.AsSpan(0, use.Index).Count('\n') + 1;
                    offenders.Add($"{Path.GetRelativePath(CliRunner.RepoRoot, file)}:{line}: {use.Value}");
                }
            }
        }

        Assert.True(offenders.Count == 0, "regexes without RegexOptions.NonBacktracking or a match timeout:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void Audit_FindsARegexWithoutTimeout()
    {
        const string Source = "var r = new Regex(\"(a+)+$\", RegexOptions.IgnoreCase);";
        Assert.Matches(RegexUse(), Source);
        Assert.False(HasTimeout(Statement(Source, RegexUse().Match(Source).Index)));
        Assert.True(HasTimeout("Regex.IsMatch(s, \"a+\", RegexOptions.None, TimeSpan.FromSeconds(1))"));
        Assert.True(HasTimeout("[GeneratedRegex(\"a+\", RegexOptions.None, matchTimeoutMilliseconds: 100)]"));
    }

    /// <summary>Constructions and static calls of Regex, and [GeneratedRegex] attributes.</summary>
    [GeneratedRegex(@"new\s+Regex\s*\(|\bRegex\s*\.\s*(?:IsMatch|Match|Matches|Replace|Split|Count|EnumerateMatches|EnumerateSplits)\s*\(|\[\s*GeneratedRegex\s*\(", RegexOptions.NonBacktracking)]
    private static partial Regex RegexUse();

    private static bool HasTimeout(string statement) =>
        statement.Contains("matchTimeoutMilliseconds", StringComparison.Ordinal) || statement.Contains("TimeSpan", StringComparison.Ordinal) ||
        statement.Contains("MatchTimeout", StringComparison.Ordinal);

    /// <summary>The text from a use to the end of its statement or attribute (a ';' or a ']' at depth zero).</summary>
    private static string Statement(string source, int start)
    {
        var depth = 0;
        for (var i = start; i < source.Length; i++)
        {
            switch (source[i])
            {
                case '(': depth++; break;
                case ')': depth--; break;
                case ';' when depth <= 0:
                case ']' when depth <= 0 && i > start + 1:
                    return source[start..(i + 1)];
            }
        }

        return source[start..];
    }
}
