using System.CommandLine;
using Caravan.Core.Languages;
using Caravan.Pipeline.Training;

namespace Caravan.Cli.Verbs;

/// <summary>`caravan train gazetteer`: the country names CLDR lacks, from Debian's iso-codes, for the actor keys.</summary>
internal static class TrainGazetteerVerb
{
    public static Command Create()
    {
        var isoCodes = new Option<string>("--iso-codes") { Description = "iso-codes' JSON folder (holds iso_3166-1.json)", DefaultValueFactory = _ => "/usr/share/iso-codes/json" };
        var locales = new Option<string>("--locales") { Description = "The compiled message catalogues' folder (<lang>/LC_MESSAGES/iso_3166-1.mo)", DefaultValueFactory = _ => "/usr/share/locale" };
        var output = new Option<string>("--out") { Description = "Output file", DefaultValueFactory = _ => "src/Caravan.Core/Languages/xx/country-names.txt" };
        var command = new Command("gazetteer", "Collect the country names ICU/CLDR lacks from Debian's iso-codes (official names, translations).") { isoCodes, locales, output };
        command.SetAction(parse => CliIo.Guard(() =>
        {
            var names = CountryNameTrainer.Build(parse.GetValue(isoCodes)!, parse.GetValue(locales)!, LanguageData.Lines("xx", "display-locales"), Console.Error);
            using var writer = new StreamWriter(parse.GetValue(output)!, append: false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
            CountryNameTrainer.Write(names, writer);
            return 0;
        }));
        return command;
    }
}
