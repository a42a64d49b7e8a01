namespace Caravan.Pipeline.Ingestion.Http;

/// <summary>
/// The rules of a robots.txt for one user agent (RFC 9309): the group naming our agent token, else
/// the "*" group; the longest matching Allow/Disallow path wins, Allow on ties; "*" and "$" in paths.
/// </summary>
public sealed class RobotsRules
{
    private readonly List<(string Path, bool Allow)> _rules;

    private RobotsRules(List<(string Path, bool Allow)> rules) => _rules = rules;

    public static RobotsRules AllowAll { get; } = new([]);

    public static RobotsRules Parse(string text, string userAgent)
    {
        var token = userAgent.Split('/', ' ')[0].ToLowerInvariant();
        var groups = new List<(List<string> Agents, List<(string, bool)> Rules)>();
        (List<string> Agents, List<(string, bool)> Rules)? current = null;
        var lastWasAgent = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Split('#')[0].Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key == "user-agent")
            {
                if (current is null || !lastWasAgent)
                {
                    current = ([], []);
                    groups.Add(current.Value);
                }

                current.Value.Agents.Add(value.ToLowerInvariant());
                lastWasAgent = true;
            }
            else if (key is "allow" or "disallow" && current is not null)
            {
                lastWasAgent = false;
                if (value.Length > 0)
                {
                    current.Value.Rules.Add((value, key == "allow"));
                }
            }
        }

        var mine = groups.Where(g => g.Agents.Any(a => a != "*" && token.StartsWith(a, StringComparison.Ordinal))).ToList();
        if (mine.Count == 0)
        {
            mine = [.. groups.Where(g => g.Agents.Contains("*"))];
        }

        return new RobotsRules([.. mine.SelectMany(g => g.Rules)]);
    }

    public bool Allows(Uri url)
    {
        var path = url.PathAndQuery;
        var best = -1;
        var allow = true;
        foreach (var (rule, isAllow) in _rules)
        {
            if (Matches(rule, path) && (rule.Length > best || rule.Length == best && isAllow))
            {
                best = rule.Length;
                allow = isAllow;
            }
        }

        return allow;
    }

    /// <summary>Prefix match with "*" for any run of characters and a final "$" anchoring the end (linear per star).</summary>
    private static bool Matches(string rule, string path)
    {
        var anchored = rule.EndsWith('$');
        var parts = (anchored ? rule[..^1] : rule).Split('*');
        if (!path.StartsWith(parts[0], StringComparison.Ordinal))
        {
            return false;
        }

        var at = parts[0].Length;
        for (var i = 1; i < parts.Length; i++)
        {
            var found = path.IndexOf(parts[i], at, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            at = found + parts[i].Length;
        }

        return !anchored || at == path.Length || parts.Length > 1 && path.EndsWith(parts[^1], StringComparison.Ordinal);
    }
}
