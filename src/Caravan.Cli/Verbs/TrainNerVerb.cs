using System.CommandLine;
using Caravan.Core.Errors;
using Caravan.Pipeline.Stages.Entities.Ner;

namespace Caravan.Cli.Verbs;

/// <summary>`caravan train ner --data DIR [--lang xx] [--out models/ner]`: trains the NER models, each with its recipe (NerRecipes).</summary>
internal static class TrainNerVerb
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "NER data folder (../shared/data/ner)", Required = true };
        var lang = new Option<string?>("--lang") { Description = "train only this model (en, en.wiki, de, de.wiki, ro, ru, es, nl, pl, kk, xx)" };
        var output = new Option<string>("--out") { Description = "model folder", DefaultValueFactory = _ => Path.Combine("models", "ner") };
        var epochs = new Option<int?>("--epochs") { Description = "perceptron epochs (default: the model's recipe, NerRecipes)" };
        var bits = new Option<int?>("--bits") { Description = "log2 of the hashed feature rows (default: the model's recipe)" };
        var decoder = new Option<NerDecoder?>("--decoder") { Description = "viterbi or greedy (default: the model's recipe)" };
        var features = new Option<NerFeatureSet?>("--features") { Description = "optional feature templates, comma-separated: None, CompoundHeads, NameInflections, LostLetters, NameTokens, Segments, NameStems, TitleWords, Results, RomanianStems (default: the model's recipe)" };
        var seed = new Option<int?>("--seed") { Description = "seed of the shuffled document order (default: the model's recipe)" };
        var mix = new Option<int?>("--mix") { Description = "train K document orders (seeds s..s+K-1) and ship the mean of their weights (default: the model's recipe)" };
        var trainer = new Option<NerTrainer?>("--trainer") { Description = "perceptron or crf, for structured models (default: the model's recipe)" };
        var l2 = new Option<double?>("--l2") { Description = "L2 strength of the CRF trainer (default: the model's recipe)" };
        var frequency = new Option<string?>("--frequency") { Description = "frequency-word folder (default: DATA/../corpora/frequencywords)" };
        var folds = new Option<int>("--folds") { Description = "cross-validation folds for dev-only corpora (0: skip)", DefaultValueFactory = _ => 5 };
        var command = new Command("ner", "Train the named-entity taggers (averaged perceptron or CRF) from CoNLL files.")
        {
            data, lang, output, epochs, bits, decoder, features, seed, mix, trainer, l2, frequency, folds,
        };
        command.SetAction(parse => CliIo.Guard(() =>
        {
            var languages = parse.GetValue(lang) is { } one ? [one] : NerCorpora.Models;
            if (parse.GetValue(bits) is < 12 or > 24)
            {
                throw new CaravanException(ErrorCode.BadArgument, "--bits must be between 12 and 24");
            }

            if (parse.GetValue(epochs) is < 1)
            {
                throw new CaravanException(ErrorCode.BadArgument, "--epochs must be at least 1");
            }

            if (parse.GetValue(mix) is < 1)
            {
                throw new CaravanException(ErrorCode.BadArgument, "--mix must be at least 1");
            }

            if (parse.GetValue(l2) is < 0)
            {
                throw new CaravanException(ErrorCode.BadArgument, "--l2 must not be negative");
            }

            var request = new NerTrainingRequest(parse.GetValue(data)!, parse.GetValue(output)!, parse.GetValue(frequency),
                Folds: parse.GetValue(folds), Epochs: parse.GetValue(epochs), Bits: parse.GetValue(bits),
                Decoder: parse.GetValue(decoder), Features: parse.GetValue(features), Seed: parse.GetValue(seed),
                Trainer: parse.GetValue(trainer), L2: parse.GetValue(l2), Mix: parse.GetValue(mix));
            foreach (var language in languages)
            {
                NerTraining.Run(request, language, Console.Error);
            }

            return 0;
        }));
        return command;
    }
}
