using System.Globalization;
using System.IO.Compression;
using Caravan.Pipeline.Models;

namespace Caravan.Pipeline.Stages.Stories;

/// <summary>
/// The share of general-language documents that hold each term (<c>models/stories/background.tsv.gz</c>, built
/// by <c>caravan train background</c>), so that the idf of a young stream already tells the topic's common words
/// from its rare ones (see <see cref="StoryOptions.Background"/>). Immutable and thread-safe.
/// </summary>
public sealed class BackgroundFrequency
{
    /// <summary>The model file, relative to the models root.</summary>
    public const string ModelPath = "stories/background.tsv.gz";

    /// <summary>The command that rebuilds the file.</summary>
    public const string RebuildCommand = "caravan train background";

    // A plain dictionary: freezing 130k terms cost `cluster` a tenth of a second at start, for one lookup per new term.
    private readonly Dictionary<string, float> _shares;

    private BackgroundFrequency(Dictionary<string, float> shares)
    {
        _shares = shares;
    }

    /// <summary>A background of the given term shares.</summary>
    public static BackgroundFrequency Of(IEnumerable<KeyValuePair<string, float>> shares) =>
        new(new Dictionary<string, float>(shares, StringComparer.Ordinal));

    /// <summary>No background: every term is unknown (share 0).</summary>
    public static BackgroundFrequency Empty { get; } = new(new Dictionary<string, float>(StringComparer.Ordinal));

    public int Count => _shares.Count;

    /// <summary>The share in [0, 1] of general-language documents holding the term (0 when unknown).</summary>
    public float Share(string term) => _shares.GetValueOrDefault(term);

    /// <summary>Opens the catalog's model; throws CARAVAN0002 naming the rebuild command if it is missing.</summary>
    public static BackgroundFrequency Open(ModelCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var path = catalog.Require(ModelPath, RebuildCommand);
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        return Read(reader);
    }

    /// <summary>Reads <c>term&lt;TAB&gt;share</c> lines.</summary>
    public static BackgroundFrequency Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var shares = new Dictionary<string, float>(150_000, StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0 && float.TryParse(line.AsSpan(tab + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var share))
            {
                shares[line[..tab]] = Math.Clamp(share, 0f, 1f);
            }
        }

        return new BackgroundFrequency(shares);
    }
}
