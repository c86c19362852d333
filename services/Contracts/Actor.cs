using Safeguarding.Contracts.Privacy;

namespace Safeguarding.Contracts;

/// <summary>
/// Who did something: the token subject (a staff user id or a partner system's client id) and, where the caller
/// belongs to one, their organisation. Never a child's details.
/// </summary>
public sealed record Actor(
    [Identifier, PersonalData(PersonalData.StaffAccount)] string Id,
    [Identifier, NotPersonal("The organisation's id in the directory.")] string? OrganisationId)
{
    public static readonly Actor System = new("system", null);
}
