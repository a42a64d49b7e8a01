namespace Caravan.Core.Model;

/// <summary>The CoNLL entity classes.</summary>
public enum EntityType
{
    Per,
    Org,
    Loc,
    Misc,
}

public static class EntityTypes
{
    public static string ToTag(this EntityType type) => type switch
    {
        EntityType.Per => "PER",
        EntityType.Org => "ORG",
        EntityType.Loc => "LOC",
        _ => "MISC",
    };

    public static bool TryParse(string tag, out EntityType type)
    {
        switch (tag)
        {
            case "PER": type = EntityType.Per; return true;
            case "ORG": type = EntityType.Org; return true;
            case "LOC": type = EntityType.Loc; return true;
            case "MISC": type = EntityType.Misc; return true;
            default: type = EntityType.Misc; return false;
        }
    }
}
