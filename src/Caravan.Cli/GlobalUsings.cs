global using System.Collections.Immutable;
global using Caravan.Core.Model;
// Orleans (through Caravan.Cluster) brings a global `using Orleans;` with an ErrorCode of its own.
global using ErrorCode = Caravan.Core.Errors.ErrorCode;
