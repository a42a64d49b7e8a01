namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>
/// Optional feature templates a model's recipe (<see cref="NerRecipes"/>) switches on. A model
/// stores its set (file version 5); models without any (<see cref="None"/>) are written as version 4
/// and compute exactly the features they always did.
/// </summary>
[Flags]
public enum NerFeatureSet
{
    None = 0,

    /// <summary>
    /// Compounding languages (German): the head of a long word (its longest clustered proper suffix,
    /// "Bundesverkehrs|ministerium" -> "ministerium") with the head's word classes and frequency
    /// class, and suffixes of 5 and 6 letters ("-schaft", "-hausen").
    /// </summary>
    CompoundHeads = 1,

    /// <summary>
    /// Inflected names (German genitive "-s"): whether the word without its final s is a name of the
    /// model's name list or of the entity memory ("Kasachstans" -> "kasachstan").
    /// </summary>
    NameInflections = 2,

    /// <summary>
    /// Corpora that tag the office as part of the person (RONEC: "președintele Traian Băsescu" is one
    /// PER, "ministrul" alone is PER): whether the word itself is a title of the model's title list,
    /// with its capitalisation.
    /// </summary>
    TitleWords = 4,
}
