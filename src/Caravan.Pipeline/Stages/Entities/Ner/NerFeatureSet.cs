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
    /// Title-like text (Wikipedia anchors, lists): the punctuation-delimited segment around each
    /// token, its head (last word), first word, length, the token's place in it, brackets and the
    /// punctuation on either side (<see cref="NerSegments"/>).
    /// </summary>
    Segments = 4,

    /// <summary>
    /// Text whose non-ASCII letters were lost on the way (a mis-decoded feed: "Köln" arrives as "Kln",
    /// "für" as "fr"): every token and every lexicon key is read without its non-ASCII characters
    /// (<see cref="LostLetters"/>), so the damaged and the intact spelling meet the same weights, word
    /// classes and names.
    /// </summary>
    LostLetters = 8,

    /// <summary>
    /// Parts of known names: the type and position a word most often has in the names of two or more
    /// tokens of the name list and of the (jackknifed) entity memory (<see cref="NameTokenRole"/>:
    /// "werner" starts persons, "bank" ends organisations), with how many names it is part of.
    /// </summary>
    NameTokens = 16,

    /// <summary>
    /// Inflected names (Russian case endings): whether the word's stem is the stem of a word of the
    /// name list or of the entity memory ("Москвы" -> "москв", as "Москва"; <see cref="NerStems"/>).
    /// </summary>
    NameStems = 32,

    /// <summary>
    /// Corpora that tag the office as part of the person (RONEC: "președintele Traian Băsescu" is one
    /// PER, "ministrul" alone is PER): whether the word itself is a title of the model's title list,
    /// with its capitalisation.
    /// </summary>
    TitleWords = 64,

    /// <summary>
    /// Sports results: in a sentence that reports a score ("Wattenscheid - Uerdingen 1:1") the token's
    /// shape and what the memory, name list and gazetteer know of it, marked as such
    /// (<see cref="NerResults"/>), so that a place can be read as its club.
    /// </summary>
    Results = 128,

    /// <summary>
    /// Romanian inflection (RONEC tags person nouns as persons: "jucătorii", "copiilor"): the word's
    /// stem without its article, plural or case ending (<see cref="RomanianStems"/>), the stem's last
    /// letters (derivational suffixes: "-tor", "-ist", "-ant"), the ending, and whether the stem is the
    /// stem of a word of the name list or of the entity memory.
    /// </summary>
    RomanianStems = 256,
}
