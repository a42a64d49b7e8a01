namespace Caravan.Core.Model;

/// <summary>
/// Who did what to whom, as stated in one clause. <see cref="Code"/> is the CAMEO root code
/// ("01".."20"); <see cref="Label"/> a short English verb phrase; <see cref="Evidence"/> the sentence.
/// Source and target are mention keys of the same article (linked to actors later).
/// </summary>
public sealed record RelationMention(
    string SourceKey,
    string TargetKey,
    string Code,
    string Label,
    TextSpan Evidence);
