namespace Caravan.Pipeline.Stages.Stories;

/// <summary>
/// Online story clustering in arrival order: each article joins the most similar open story (cosine of
/// idf-weighted language-independent terms against the story centroid, with time decay) or starts a new
/// one. Copies found by deduplication follow their original. Story ids derive from the founding article's
/// id, so they are the same in every run.
/// </summary>
public sealed class StoryStage : ICorpusStage
{
    public StoryStage(StoryOptions? options = null)
    {
        Options = options ?? new StoryOptions();
    }

    public StoryOptions Options { get; }

    public StageInfo Info { get; } = new("stories", 1, ArticleFeatures.Fingerprint | ArticleFeatures.Duplicates, ArticleFeatures.Story);

    public ICorpusSession Open() => new StorySession(Options);
}
