using Caravan.Pipeline.Stages.Entities;
using Caravan.Pipeline.Stages.Entities.Ner;

namespace Caravan.Tests.Pipeline.Stages.Entities;

/// <summary>Long forms of parenthesised acronyms, on tag rows as the entity stage holds them.</summary>
public class AcronymDefinitionsTests
{
    /// <summary>The spans after applying the rule to the tokens with the given starting tags (O where not listed).</summary>
    private static List<(string Text, EntityType Type)> Apply(string[] tokens, params (int At, string Tag)[] given)
    {
        var tags = new int[tokens.Length];
        foreach (var (at, tag) in given)
        {
            tags[at] = NerTags.Parse(tag);
        }

        AcronymDefinitions.Apply([new NerSentence(tokens)], [tags]);
        return [.. NerTags.Spans(tags).Select(s => (string.Join(' ', tokens[s.Start..s.End]), s.Type))];
    }

    [Fact]
    public void Apply_CapitalisedInitialsWithFunctionWords_TagsTheLongForm()
    {
        string[] tokens = ["erklärte", "der", "Verband", "der", "Zentralasien-Exporteure", "(", "VZE", ")", "in", "Berlin", "."];
        Assert.Equal(
            [("Verband der Zentralasien-Exporteure", EntityType.Org), ("VZE", EntityType.Org), ("Berlin", EntityType.Loc)],
            Apply(tokens, (6, "B-ORG"), (9, "B-LOC")));
    }

    [Fact]
    public void Apply_UntaggedAcronymOfEveryWordsInitials_TagsBothAsOrganisation()
    {
        string[] tokens = ["через", "Каспийский", "трубопроводный", "консорциум", "(", "КТК", ")", "."];
        Assert.Equal([("Каспийский трубопроводный консорциум", EntityType.Org), ("КТК", EntityType.Org)], Apply(tokens));
    }

    [Fact]
    public void Apply_InitialsDoNotSpellTheAcronymOrRunIsOneName_LeavesTags()
    {
        // A dateline's agency, a name already tagged whole, and a comma inside the run.
        Assert.Equal([("Berlin", EntityType.Loc)], Apply(["Berlin", "(", "AP", ")", "–"], (0, "B-LOC")));
        Assert.Equal([("Technische Hilfswerk", EntityType.Org), ("THW", EntityType.Org)],
            Apply(["das", "Technische", "Hilfswerk", "(", "THW", ")"], (1, "B-ORG"), (2, "I-ORG"), (4, "B-ORG")));
        Assert.Empty(Apply(["Verband", ",", "Zentralasien", "Exporteure", "(", "VZE", ")"]));
    }
}
