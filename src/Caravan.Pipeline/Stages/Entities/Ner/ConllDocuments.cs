namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>One CoNLL line: a token (null for a sentence break) and its tag column, if any.</summary>
public readonly record struct ConllLine(string Raw, string? Token, string? Tag)
{
    public bool IsBreak => Token is null;

    public bool IsDocStart => string.Equals(Token, "-DOCSTART-", StringComparison.Ordinal);
}

/// <summary>
/// Reads CoNLL-style files (first column the token, last column the tag, blank line between
/// sentences, -DOCSTART- between documents). Where no document marks exist every sentence is its
/// own document, so document-level features never leak between unrelated sentences.
/// </summary>
public static class ConllDocuments
{
    public static IEnumerable<ConllLine> ReadLines(TextReader reader)
    {
        while (reader.ReadLine() is { } raw)
        {
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                yield return new ConllLine(line, null, null);
                continue;
            }

            var parts = line.Split(line.Contains('\t', StringComparison.Ordinal) ? '\t' : ' ',
                StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            yield return new ConllLine(line, parts[0], parts.Length > 1 ? parts[^1] : null);
        }
    }

    /// <summary>Training documents with gold tags, from a tagged file.</summary>
    public static List<List<NerSentence>> ReadTagged(string path)
    {
        using var reader = new StreamReader(path);
        var lines = ReadLines(reader).ToList();
        var hasDocs = lines.Any(l => l.IsDocStart);
        var documents = new List<List<NerSentence>>();
        var current = new List<NerSentence>();
        var tokens = new List<string>();
        var tags = new List<int>();
        void EndSentence()
        {
            if (tokens.Count > 0)
            {
                current.Add(new NerSentence([.. tokens], [.. tags]));
                tokens.Clear();
                tags.Clear();
            }

            if (!hasDocs)
            {
                EndDocument();
            }
        }

        void EndDocument()
        {
            if (current.Count > 0)
            {
                documents.Add(current);
                current = [];
            }
        }

        foreach (var line in lines)
        {
            if (line.IsDocStart)
            {
                EndSentence();
                EndDocument();
            }
            else if (line.IsBreak)
            {
                EndSentence();
            }
            else
            {
                tokens.Add(line.Token!);
                tags.Add(NerTags.Parse(line.Tag ?? "O"));
            }
        }

        EndSentence();
        EndDocument();
        return documents;
    }
}
