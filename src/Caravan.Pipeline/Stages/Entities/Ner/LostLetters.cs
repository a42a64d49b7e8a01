using System.Text;

namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>
/// The skeleton a word keeps when its non-ASCII characters are lost ("Köln" -> "Kln", "Straße" ->
/// "Strae", "für" -> "fr"): what text looks like after a feed was decoded with the wrong code page and
/// the letters it could not map were dropped. A model with <see cref="NerFeatureSet.LostLetters"/> reads
/// every token and every lexicon key by its skeleton, so intact and damaged text are tagged alike.
/// A token with no ASCII letter or digit ("–", "Москва") keeps its form: it has no skeleton.
/// </summary>
public static class LostLetters
{
    /// <summary>The token without its non-ASCII characters; the token itself when it has none, or nothing else.</summary>
    public static string Strip(string token)
    {
        var ascii = 0;
        var kept = 0;
        foreach (var c in token)
        {
            kept += c < 128 ? 1 : 0;
            ascii += char.IsAsciiLetterOrDigit(c) ? 1 : 0;
        }

        if (kept == token.Length || ascii == 0)
        {
            return token;
        }

        var b = new StringBuilder(kept);
        foreach (var c in token)
        {
            if (c < 128)
            {
                b.Append(c);
            }
        }

        return b.ToString();
    }

    /// <summary>A phrase of space-separated tokens ("frankfurt am main"), token by token.</summary>
    public static string StripPhrase(string phrase) =>
        phrase.Contains(' ', StringComparison.Ordinal) ? string.Join(' ', phrase.Split(' ').Select(Strip)) : Strip(phrase);

    /// <summary>The sentence with every token stripped; the same sentence when no token changes.</summary>
    public static NerSentence Strip(NerSentence sentence)
    {
        string[]? tokens = null;
        for (var i = 0; i < sentence.Count; i++)
        {
            var stripped = Strip(sentence.Tokens[i]);
            if (tokens is null && !ReferenceEquals(stripped, sentence.Tokens[i]))
            {
                tokens = [.. sentence.Tokens];
            }

            if (tokens is not null)
            {
                tokens[i] = stripped;
            }
        }

        return tokens is null ? sentence : sentence.Replacing(tokens);
    }

    /// <summary>The sentences of a document as a model with <paramref name="features"/> reads them.</summary>
    public static IReadOnlyList<NerSentence> Apply(NerFeatureSet features, IReadOnlyList<NerSentence> document) =>
        (features & NerFeatureSet.LostLetters) == 0 ? document : [.. document.Select(Strip)];

    /// <summary>Training documents as a model with <paramref name="features"/> reads them.</summary>
    public static IReadOnlyList<List<NerSentence>> Apply(NerFeatureSet features, IReadOnlyList<List<NerSentence>> documents) =>
        (features & NerFeatureSet.LostLetters) == 0 ? documents : [.. documents.Select(d => d.Select(Strip).ToList())];

    /// <summary>The gazetteer a model with <paramref name="features"/> matches against ("österreich" as "sterreich").</summary>
    public static Gazetteer Apply(NerFeatureSet features, Gazetteer gazetteer) =>
        (features & NerFeatureSet.LostLetters) == 0 ? gazetteer
            : new Gazetteer(gazetteer.Entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => KeyValuePair.Create(StripPhrase(e.Key), e.Value)));

    /// <summary>
    /// Re-keys a lexicon map by skeleton. Where two keys share one ("für", "fr"), the entry that
    /// <paramref name="better"/> prefers wins, then the first key in ordinal order: deterministic.
    /// </summary>
    public static Dictionary<string, TValue> Rekey<TValue>(IEnumerable<KeyValuePair<string, TValue>> entries, Func<string, string> strip,
        Func<KeyValuePair<string, TValue>, int> better)
    {
        var result = new Dictionary<string, (int Rank, TValue Value)>(StringComparer.Ordinal);
        foreach (var entry in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var key = strip(entry.Key);
            var rank = better(entry);
            if (!result.TryGetValue(key, out var held) || rank < held.Rank)
            {
                result[key] = (rank, entry.Value);
            }
        }

        return result.ToDictionary(p => p.Key, p => p.Value.Value, StringComparer.Ordinal);
    }
}
