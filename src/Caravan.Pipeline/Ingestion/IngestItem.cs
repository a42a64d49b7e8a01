using Caravan.Core.Errors;

namespace Caravan.Pipeline.Ingestion;

/// <summary>What a source yields: a document, or a problem with one input that the run reports and skips.</summary>
public abstract record IngestItem;

public sealed record IngestedDocument(RawDocument Document) : IngestItem;

/// <summary>An input that could not be ingested; <see cref="Input"/> names the file (and line or id).</summary>
public sealed record InputProblem(string Input, ErrorCode Code, string Problem) : IngestItem
{
    public override string ToString() => $"{Input}: {Problem}";
}
