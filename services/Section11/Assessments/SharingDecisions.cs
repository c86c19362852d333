using System.ComponentModel.DataAnnotations;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Section11.Assessments;

public sealed record ShareWithPartnership([Required, StringLength(64), RegularExpression(PartnershipClaims.PartnershipIdPattern)] string? PartnershipId);

public static class SharingDecisions
{
    /// <summary>Pan Mersey has nine partnerships; a national body serves a few dozen at most.</summary>
    public const int MaxPartnerships = 50;

    public static Decision Agree(SharingAgreement? agreement, string ownPartnership, Guid organisationId, ShareWithPartnership c, Actor by, DateTimeOffset now)
    {
        var errors = new ValidationErrors().Check(c);
        errors.When(errors.IsValid && !PartnershipClaims.IsPartnershipId(c.PartnershipId), "partnershipId", "That name is reserved: no partnership has it.")
            .When(c.PartnershipId == ownPartnership, "partnershipId", "The organisation's returns here are this partnership's already.");
        return Decision.From(errors, () =>
            agreement?.Partnerships.Contains(c.PartnershipId!) == true ? Decision.Refuse($"Submissions are shared with {c.PartnershipId} already.")
            : agreement?.Partnerships.Count >= MaxPartnerships ? Decision.Refuse($"An organisation shares with {MaxPartnerships} partnerships at most.")
            : Decision.Accept(new SharingAgreed(SharingAgreement.IdFor(ownPartnership, organisationId), organisationId, c.PartnershipId!, by, now)));
    }

    public static Decision Withdraw(SharingAgreement? agreement, string partnershipId, Actor by, DateTimeOffset now) =>
        agreement?.Partnerships.Contains(partnershipId) == true
            ? Decision.Accept(new SharingWithdrawn(agreement.Id, agreement.OrganisationId, partnershipId, by, now))
            : Decision.Refuse($"Nothing is shared with {partnershipId}.");
}
