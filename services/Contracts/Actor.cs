namespace Safeguarding.Contracts;

/// <summary>
/// Who did something: the token subject (a staff user id or a partner system's client id) and, where the caller
/// belongs to one, their organisation. Never a child's details.
/// </summary>
public sealed record Actor([Identifier] string Id, [Identifier] string? OrganisationId)
{
    public static readonly Actor System = new("system", null);
}
