namespace Caravan.Core.Errors;

/// <summary>An error from the catalogue, with a message that names the input and the problem.</summary>
public sealed class CaravanException : Exception
{
    public CaravanException(ErrorCode code, string message)
        : base(message)
    {
        Code = code;
    }

    public CaravanException(ErrorCode code, string message, Exception inner)
        : base(message, inner)
    {
        Code = code;
    }

    public ErrorCode Code { get; }

    /// <summary>"CARAVAN0003" style identifier.</summary>
    public string Id => FormattableString.Invariant($"CARAVAN{(int)Code:D4}");

    public override string ToString() => $"{Id}: {Message}";
}
