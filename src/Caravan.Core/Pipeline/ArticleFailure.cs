namespace Caravan.Core.Pipeline;

/// <summary>A stage failed on one article; the article is skipped and the run goes on.</summary>
public sealed record ArticleFailure(string ArticleId, string? Path, string Stage, Exception Error)
{
    public override string ToString() => $"{Path ?? ArticleId}: stage '{Stage}' failed ({Error.Message})";
}

/// <summary>Thrown by a pipeline when a stage fails on one article; names the stage.</summary>
public sealed class StageFailedException(string stage, Exception inner)
    : Exception($"stage '{stage}' failed: {inner.Message}", inner)
{
    public string Stage { get; } = stage;
}
