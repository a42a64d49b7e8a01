using Caravan.Core.Model;

namespace Caravan.Core.Pipeline;

/// <summary>
/// What a stage is: its name and version (stored with its output, so an upgraded stage knows what to
/// redo), the features it needs on its input and the features it adds.
/// </summary>
public sealed record StageInfo(string Name, int Version, ArticleFeatures Requires, ArticleFeatures Produces);
