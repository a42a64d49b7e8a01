global using System.Collections.Immutable;
global using Caravan.Core.Model;
