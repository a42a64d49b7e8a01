using Caravan.Pipeline.Models;

namespace Caravan.Pipeline.Stages.Stories;

/// <summary>
/// Online story clustering in arrival order: each article joins the most similar open story (cosine of
/// idf-weighted language-independent terms against the story centroid, with time decay) or starts a new
/// one. Copies found by deduplication follow their original. Story ids derive from the founding article's
/// id, so they are the same in every run.
/// </summary>
public sealed class StoryStage : ICorpusStage
{
    /// <summary>A stage with the background frequencies of the model catalog unless <paramref name="background"/> is given.</summary>
    public StoryStage(StoryOptions? options = null, BackgroundFrequency? background = null)
    {
        Options = options ?? new StoryOptions();
        Background = background ?? (Options.Background > 0 ? BackgroundFrequency.Open(ModelCatalog.Default) : BackgroundFrequency.Empty);
    }

    public StoryOptions Options { get; }

    /// <summary>General-language document shares of terms (see <see cref="StoryOptions.Background"/>).</summary>
    public BackgroundFrequency Background { get; }

    public StageInfo Info { get; } = new("stories", 2, ArticleFeatures.Fingerprint | ArticleFeatures.Duplicates, ArticleFeatures.Story);

    public ICorpusSession Open() => new StorySession(Options, Background);
}
