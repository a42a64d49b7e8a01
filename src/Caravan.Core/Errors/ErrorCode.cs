namespace Caravan.Core.Errors;

/// <summary>
/// The error catalogue. Each code has a fixed meaning and a fix, listed in docs/errors.md.
/// </summary>
public enum ErrorCode
{
    /// <summary>CARAVAN0001: stages added in an order where a requirement is not yet produced.</summary>
    PipelineOrder = 1,
    /// <summary>CARAVAN0002: a model file is missing or unreadable; rebuild it with `caravan train`.</summary>
    ModelMissing = 2,
    /// <summary>CARAVAN0003: an input file cannot be read (permissions, missing).</summary>
    InputUnreadable = 3,
    /// <summary>CARAVAN0004: an input file is empty or has no text.</summary>
    InputEmpty = 4,
    /// <summary>CARAVAN0005: an input file is binary, not text or HTML.</summary>
    InputBinary = 5,
    /// <summary>CARAVAN0006: a JSON line is malformed or lacks a required field, or a training input (an iso-codes list, a gettext catalogue) is malformed.</summary>
    InvalidRecord = 6,
    /// <summary>CARAVAN0007: the store cannot be opened or is corrupt.</summary>
    StoreUnavailable = 7,
    /// <summary>CARAVAN0008: a command-line argument is invalid.</summary>
    BadArgument = 8,
    /// <summary>CARAVAN0009: an input file is not valid UTF-8 where UTF-8 is required.</summary>
    InvalidEncoding = 9,
    /// <summary>CARAVAN0010: a document exceeds a resource limit (text length, quotes, a stage's time budget); it is skipped.</summary>
    LimitExceeded = 10,
    /// <summary>CARAVAN0041: the search index is missing, locked or unreadable; rebuild it with `caravan reindex`.</summary>
    IndexUnavailable = 41,
    /// <summary>CARAVAN0042: a URL was not fetched (refused by the address guard or robots.txt, or the server failed).</summary>
    FetchFailed = 42,
    /// <summary>CARAVAN0051: the cluster (Redis membership, silos) cannot be reached or refused the work.</summary>
    ClusterUnavailable = 51,
}
