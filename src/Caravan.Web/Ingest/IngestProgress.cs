namespace Caravan.Web.Ingest;

/// <summary>Where an ingestion started from the web stands; a new record on every change (readers never see half an update).</summary>
/// <param name="Id">The job id (in /ingest/jobs/{id} and /api/jobs/{id}).</param>
/// <param name="Kind">"files" (an upload) or "feeds" (a feed poll).</param>
/// <param name="Label">What was ingested: the file names or the feed URLs.</param>
/// <param name="State">Queued until the store's writer is free, then running, then done or failed.</param>
/// <param name="Total">Files uploaded; null for a feed poll, whose size is known only once it is read.</param>
/// <param name="Read">Documents and problems read from the input so far.</param>
/// <param name="Stored">Documents processed and stored so far.</param>
/// <param name="Skipped">Inputs skipped so far: already stored, duplicate, unreadable or failed in a stage.</param>
/// <param name="Problems">One line per skipped input that was not merely a repeat (the first 100).</param>
/// <param name="Articles">The stored articles of this job, once it is done.</param>
/// <param name="Started">When the job was started (UTC).</param>
/// <param name="Finished">When it ended, or null while it runs.</param>
/// <param name="Error">Why it failed, or null.</param>
public sealed record IngestProgress(
    string Id,
    string Kind,
    string Label,
    IngestState State,
    int? Total,
    int Read,
    int Stored,
    int Skipped,
    ImmutableArray<string> Problems,
    ImmutableArray<IngestedArticle> Articles,
    DateTimeOffset Started,
    DateTimeOffset? Finished,
    string? Error)
{
    public const int MaxProblems = 100;

    public bool IsFinished => State is IngestState.Done or IngestState.Failed;
}

public enum IngestState
{
    Queued,
    Running,
    Done,
    Failed,
}

/// <summary>An article an ingestion stored (or found already stored), with the story it joined.</summary>
public sealed record IngestedArticle(string Id, string? Title, string Language, string? StoryId);
