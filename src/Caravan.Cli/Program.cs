using Caravan.Cli;
using Caravan.Cluster.Hosting;

// Before anything starts the thread pool, which reads its settings once.
if (args is ["node", ..])
{
    NodeRuntime.Configure();
}

return CaravanCommand.Run(args);
