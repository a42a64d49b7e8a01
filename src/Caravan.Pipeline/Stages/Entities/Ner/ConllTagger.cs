namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>Options of `caravan ner`: a fixed language (null: detect per document) and the domain (null: detect per file).</summary>
public sealed record ConllTaggingOptions(string? Language = null, NerDomain? Domain = null)
{
    /// <summary>Overrides the model's tuned O penalty (for tuning experiments).</summary>
    public float? OutsidePenalty { get; init; }

    /// <summary>Below this share of sentences ending in . ! ? a file without -DOCSTART- reads as Wikipedia fragments.</summary>
    public double WikiSentenceEndShare { get; init; } = 0.7;
}

/// <summary>Tokens tagged, wall-clock and user CPU time spent in the tagger (for the speed figures).</summary>
public sealed record ConllTaggingStats(int Tokens, TimeSpan Elapsed, TimeSpan UserCpu);

/// <summary>
/// The library side of `caravan ner` (CONTRACTS.md): reads CoNLL token lines, tags each document
/// (delimited by -DOCSTART-; without such marks each sentence is its own document) and writes
/// `token TAB tag` lines, blank lines kept, -DOCSTART- lines passed through unchanged.
/// </summary>
public sealed class ConllTagger
{
    private readonly NerModels _models;
    private readonly NerLanguageGuess _guess;

    public ConllTagger(NerModels models)
    {
        _models = models;
        _guess = new NerLanguageGuess(models);
    }

    /// <summary>Tags every document; returns the token count and the time spent tagging (models loaded, I/O excluded).</summary>
    public ConllTaggingStats Tag(TextReader input, TextWriter output, ConllTaggingOptions options)
    {
        var lines = ConllDocuments.ReadLines(input).ToList();
        var clock = new System.Diagnostics.Stopwatch();
        var cpu = TimeSpan.Zero;
        var tokens = 0;
        var hasDocs = lines.Any(l => l.IsDocStart);
        var domain = options.Domain ?? GuessDomain(lines, hasDocs, options.WikiSentenceEndShare);
        var document = new List<(int First, List<string> Tokens)>();
        var sentence = new List<string>();
        var sentenceStart = 0;
        var tags = new string?[lines.Count];
        void EndSentence(int next)
        {
            if (sentence.Count > 0)
            {
                document.Add((sentenceStart, [.. sentence]));
                sentence.Clear();
            }

            sentenceStart = next;
        }

        void EndDocument()
        {
            if (document.Count == 0)
            {
                return;
            }

            var language = options.Language ?? _guess.Guess(document.SelectMany(s => s.Tokens));
            var model = _models.For(language, domain);
            if (options.OutsidePenalty is { } penalty)
            {
                model.OutsidePenalty = penalty;
            }

            var cpuBefore = Environment.CpuUsage.UserTime;
            clock.Start();
            var predicted = model.Tag([.. document.Select(s => new NerSentence(s.Tokens))]);
            clock.Stop();
            cpu += Environment.CpuUsage.UserTime - cpuBefore;
            tokens += document.Sum(s => s.Tokens.Count);
            for (var s = 0; s < document.Count; s++)
            {
                for (var i = 0; i < predicted[s].Length; i++)
                {
                    tags[document[s].First + i] = NerTags.Name(predicted[s][i]);
                }
            }

            document.Clear();
        }

        for (var n = 0; n < lines.Count; n++)
        {
            var line = lines[n];
            if (line.IsDocStart || line.IsBreak)
            {
                EndSentence(n + 1);
                if (line.IsDocStart || !hasDocs)
                {
                    EndDocument();
                }
            }
            else
            {
                sentence.Add(line.Token!);
            }
        }

        EndSentence(lines.Count);
        EndDocument();
        for (var n = 0; n < lines.Count; n++)
        {
            var line = lines[n];
            output.Write(line.IsDocStart ? line.Raw : line.IsBreak ? "" : line.Token + "\t" + tags[n]);
            output.Write('\n');
        }

        return new ConllTaggingStats(tokens, clock.Elapsed, cpu);
    }

    private static NerDomain GuessDomain(List<ConllLine> lines, bool hasDocs, double share)
    {
        if (hasDocs)
        {
            return NerDomain.News;
        }

        int sentences = 0, ended = 0;
        for (var n = 1; n <= lines.Count; n++)
        {
            var atEnd = n == lines.Count || lines[n].IsBreak;
            if (atEnd && !lines[n - 1].IsBreak)
            {
                sentences++;
                ended += lines[n - 1].Token is "." or "!" or "?" or "\"" or "»" or "“" or "”" ? 1 : 0;
            }
        }

        return sentences > 0 && ended < share * sentences ? NerDomain.Wiki : NerDomain.News;
    }
}
