namespace Safeguarding.ServiceDefaults.Security;

/// <summary>The roles DOMAIN.md names, as they appear in a token's "role" claims.</summary>
public static class Roles
{
    public const string Coordinator = "coordinator";
    public const string AgencyAuditor = "agency-auditor";
    public const string PanelMember = "panel-member";
    public const string TrainingManager = "training-manager";
    public const string BoardReader = "board-reader";
    public const string PartnerSystem = "partner-system";
    public const string Admin = "admin";

    /// <summary>The partnership's Data Protection Officer: reads who read what, everywhere, but no case material itself.</summary>
    public const string DataProtectionOfficer = "data-protection-officer";

    public static readonly IReadOnlyList<string> All =
        [Coordinator, AgencyAuditor, PanelMember, TrainingManager, BoardReader, PartnerSystem, Admin, DataProtectionOfficer];

    /// <summary>
    /// Whoever runs the platform for every partnership (service-wide rebuilds). Not a partnership role: an operator's
    /// token names no partnership, so it reaches no partnership's data.
    /// </summary>
    public const string Operator = "operator";

    /// <summary>
    /// The Identity service itself, asking Notifications to e-mail a person their password link. Not a role any person or
    /// partner system can be given: only Identity's own short-lived tokens carry it.
    /// </summary>
    public const string IdentityService = "identity-service";
}
