using Caravan.Cli;

return CaravanCommand.Run(args);
