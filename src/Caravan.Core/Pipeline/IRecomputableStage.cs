using Caravan.Core.Model;

namespace Caravan.Core.Pipeline;

/// <summary>
/// A per-article stage whose output the stores leave out, because computing it again from the stored article is
/// cheaper than keeping it (issue #8: under 2 KB of store per article beyond its text). A run computes it again when
/// it replays stored articles (<see cref="PipelineRun.Restore(Article)"/>).
/// </summary>
public interface IRecomputableStage : IArticleStage
{
    /// <summary>
    /// <paramref name="stored"/> (an article the whole pipeline processed, as read back from a store) with this
    /// stage's output as <see cref="IArticleStage.Process"/> gave it then; the article as it is when the output is
    /// present. Pure and thread-safe.
    /// </summary>
    Article Recompute(Article stored);
}
