namespace Caravan.Core.Pipeline;

/// <summary>
/// A per-article stage that loads data lazily (one model per language, say): <see cref="Preload"/> loads all of it
/// ahead of the first article. Long-running hosts (cluster nodes) call it before they take work, so the first
/// batches in each language do not stall on model files while later ones wait for them in commit order.
/// </summary>
public interface IPreloadingStage : IArticleStage
{
    /// <summary>Loads everything the stage may load later; thread-safe, and cheap when called again.</summary>
    void Preload();
}
