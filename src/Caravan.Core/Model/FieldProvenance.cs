namespace Caravan.Core.Model;

/// <summary>Where a metadata field's value came from ("json-ld", "meta", "url", "text", "input") and how sure we are.</summary>
public sealed record FieldProvenance(string Source, double Confidence);
