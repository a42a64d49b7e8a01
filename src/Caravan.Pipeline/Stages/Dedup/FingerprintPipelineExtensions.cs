using Caravan.Pipeline.Models;
using Caravan.Pipeline.Stages.Dedup;

namespace Caravan.Pipeline;

public static class FingerprintPipelineExtensions
{
    /// <summary>
    /// Adds fingerprinting (needs text). The bilingual lexicon defaults to the one in the model
    /// catalog (models/stories/lexicon, built by `caravan train lexicon`).
    /// </summary>
    public static PipelineBuilder UseFingerprints(this PipelineBuilder builder, FingerprintOptions? options = null, Lexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new FingerprintStage(lexicon ?? Lexicon.Open(ModelCatalog.Default), options));
    }
}
