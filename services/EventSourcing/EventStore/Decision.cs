using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.EventSourcing.EventStore;

/// <summary>
/// What a pure decision function answers about a command: the events to append, or why not. Bad input (400),
/// a step the record's state does not allow (409) and a caller who may not act on this record (403) are
/// different answers, and the caller is told which.
/// </summary>
public abstract record Decision
{
    private Decision()
    {
    }

    public static Decision Accept(params object[] events) => new Accepted(events);

    public static Decision Reject(ValidationErrors errors) => new Invalid(errors);

    public static Decision Refuse(string reason) => new NotAllowed(reason);

    public static Decision Forbid(string reason) => new Forbidden(reason);

    /// <summary>Validation first: a command with bad fields is invalid whatever the state.</summary>
    public static Decision From(ValidationErrors errors, Func<Decision> whenValid) =>
        errors.IsValid ? whenValid() : new Invalid(errors);

    public sealed record Accepted(IReadOnlyList<object> Events) : Decision;

    public sealed record Invalid(ValidationErrors Errors) : Decision;

    public sealed record NotAllowed(string Reason) : Decision;

    /// <summary>The caller may not do this to this record (403), whatever its state.</summary>
    public sealed record Forbidden(string Reason) : Decision;
}
