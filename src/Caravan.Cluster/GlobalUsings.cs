global using System.Collections.Immutable;
global using Caravan.Core.Model;
global using Caravan.Core.Pipeline;
global using ErrorCode = Caravan.Core.Errors.ErrorCode;
global using Orleans.Serialization.Cloning;
