namespace Caravan.Pipeline.Ingestion.Http;

/// <summary>
/// The outcome of one fetch: a body (Status 200), not modified (304), or a failure with its reason.
/// Validators (ETag, Last-Modified) are those of the response, for the next conditional GET.
/// </summary>
public sealed record FetchResult(Uri Url, int Status, byte[]? Body, string? ContentType, string? ETag, string? LastModified, string? Problem)
{
    public bool NotModified => Status == 304;

    public bool Ok => Body is not null;
}
