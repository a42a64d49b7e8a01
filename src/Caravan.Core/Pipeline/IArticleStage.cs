using Caravan.Core.Model;

namespace Caravan.Core.Pipeline;

/// <summary>
/// A per-article stage. Invariants: pure (same input, same output), thread-safe, never rewrites
/// <see cref="Article.Text"/> once <see cref="ArticleFeatures.Text"/> is set, keeps every span it
/// adds inside the text. Checked for every stage by Caravan.Testing's StageInvariants.
/// </summary>
public interface IArticleStage
{
    StageInfo Info { get; }

    Article Process(Article article, CancellationToken cancellationToken);
}
