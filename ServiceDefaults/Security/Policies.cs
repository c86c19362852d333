using Microsoft.AspNetCore.Authorization;

namespace Safeguarding.ServiceDefaults.Security;

/// <summary>
/// Authorization policies, named by what they allow. Every endpoint names one; each also requires the
/// partnership claim, because every piece of data belongs to exactly one partnership. The one exception,
/// <see cref="OperateService"/>, is for work on a whole service that shows no partnership's data.
/// </summary>
public static class Policies
{
    public const string ManageProgramme = nameof(ManageProgramme);
    public const string ReadProgramme = nameof(ReadProgramme);
    public const string RunAudits = nameof(RunAudits);
    public const string ReadAudits = nameof(ReadAudits);
    public const string SubmitReturns = nameof(SubmitReturns);
    public const string RaiseConcerns = nameof(RaiseConcerns);
    public const string AcknowledgeConcerns = nameof(AcknowledgeConcerns);
    public const string RunSection11 = nameof(RunSection11);
    public const string ReadSection11 = nameof(ReadSection11);
    public const string ScrutiniseSection11 = nameof(ScrutiniseSection11);
    public const string RecordActions = nameof(RecordActions);
    public const string ReadActions = nameof(ReadActions);
    public const string UpdateOwnActions = nameof(UpdateOwnActions);
    public const string ManageReviews = nameof(ManageReviews);
    public const string ReadReviews = nameof(ReadReviews);
    public const string WriteBriefings = nameof(WriteBriefings);
    public const string RunTraining = nameof(RunTraining);
    public const string GiveFeedback = nameof(GiveFeedback);
    public const string ReadReports = nameof(ReadReports);
    public const string ExportReports = nameof(ExportReports);
    public const string RebuildReports = nameof(RebuildReports);
    public const string ReadCompliance = nameof(ReadCompliance);
    public const string ExportPartnershipData = nameof(ExportPartnershipData);
    public const string ReadAccessLog = nameof(ReadAccessLog);
    public const string EraseCases = nameof(EraseCases);
    public const string AnswerSubjectAccess = nameof(AnswerSubjectAccess);
    public const string ManageClients = nameof(ManageClients);
    public const string ManageUsers = nameof(ManageUsers);
    public const string ReadOwnToken = nameof(ReadOwnToken);
    public const string ReadNotifications = nameof(ReadNotifications);
    public const string ManageNotifications = nameof(ManageNotifications);
    public const string SendPasswordLinks = nameof(SendPasswordLinks);

    private static readonly Dictionary<string, string[]> RolesByPolicy = new()
    {
        [ManageProgramme] = [Roles.Coordinator, Roles.Admin],
        [ReadProgramme] = [.. Roles.All],
        [RunAudits] = [Roles.Coordinator],
        [ReadAudits] = [Roles.Coordinator, Roles.PanelMember, Roles.AgencyAuditor, Roles.PartnerSystem],
        [SubmitReturns] = [Roles.AgencyAuditor, Roles.PartnerSystem],
        [RaiseConcerns] = [Roles.Coordinator, Roles.PanelMember, Roles.AgencyAuditor, Roles.PartnerSystem],
        [AcknowledgeConcerns] = [Roles.Coordinator, Roles.AgencyAuditor, Roles.PartnerSystem],
        [RunSection11] = [Roles.Coordinator],
        [ReadSection11] = [Roles.Coordinator, Roles.AgencyAuditor, Roles.PartnerSystem, Roles.PanelMember],
        [ScrutiniseSection11] = [Roles.Coordinator, Roles.PanelMember],
        [RecordActions] = [Roles.Coordinator, Roles.TrainingManager],
        [ReadActions] = [.. Roles.All],
        [UpdateOwnActions] = [Roles.AgencyAuditor, Roles.PartnerSystem],
        [ManageReviews] = [Roles.Coordinator],
        [ReadReviews] = [Roles.Coordinator, Roles.TrainingManager, Roles.PanelMember],
        [WriteBriefings] = [Roles.Coordinator, Roles.TrainingManager],
        [RunTraining] = [Roles.Coordinator, Roles.TrainingManager],
        [GiveFeedback] = [.. Roles.All],
        [ReadReports] = [.. Roles.All],
        [ExportReports] = [Roles.Coordinator, Roles.Admin],
        [RebuildReports] = [Roles.Admin],
        [ReadCompliance] = [Roles.Coordinator, Roles.BoardReader, Roles.Admin, Roles.PanelMember],
        [ExportPartnershipData] = [Roles.Coordinator, Roles.Admin],
        [ReadAccessLog] = [Roles.Coordinator, Roles.Admin, Roles.DataProtectionOfficer],
        [EraseCases] = [Roles.Coordinator],
        [AnswerSubjectAccess] = [Roles.Coordinator],
        [ManageClients] = [Roles.Coordinator, Roles.Admin],
        [ManageUsers] = [Roles.Coordinator, Roles.Admin],
        [ReadOwnToken] = [.. Roles.All],
        [ReadNotifications] = [Roles.Coordinator, Roles.Admin, Roles.AgencyAuditor, Roles.PartnerSystem],
        [ManageNotifications] = [Roles.Coordinator, Roles.Admin],
        [SendPasswordLinks] = [Roles.IdentityService],
    };

    /// <summary>Signed in, for one partnership whose id is well formed and not reserved (see PartnershipClaims).</summary>
    public static AuthorizationPolicy PartnershipMember { get; } = new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .RequireClaim(PartnershipClaims.Partnership)
        .RequireAssertion(context => context.User.FindAll(PartnershipClaims.Partnership).ToList() is [var only] && PartnershipClaims.IsPartnershipId(only.Value))
        .Build();

    public const string OperateService = nameof(OperateService);

    /// <summary>The platform operator, and only as such: a token that also names a partnership is a partnership's.</summary>
    public static AuthorizationPolicy ServiceOperator { get; } = new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .RequireRole(Roles.Operator)
        .RequireAssertion(context => !context.User.HasClaim(c => c.Type == PartnershipClaims.Partnership))
        .Build();

    public static void AddTo(AuthorizationOptions options)
    {
        options.FallbackPolicy = PartnershipMember;
        options.AddPolicy(nameof(PartnershipMember), PartnershipMember);
        options.AddPolicy(OperateService, ServiceOperator);
        foreach (var (name, roles) in RolesByPolicy)
        {
            options.AddPolicy(name, policy => policy.Combine(PartnershipMember).RequireRole(roles));
        }
    }

    /// <summary>The partnership roles a policy admits: none for <see cref="OperateService"/>.</summary>
    public static IReadOnlyCollection<string> RolesAllowedBy(string policy) => policy == OperateService ? [] : RolesByPolicy[policy];

    /// <summary>Every policy one of these roles satisfies, in a stable order: what a caller may do.</summary>
    public static IReadOnlyList<string> AllowedFor(IEnumerable<string> roles) =>
        [.. RolesByPolicy.Where(p => p.Value.Intersect(roles).Any()).Select(p => p.Key).Order(StringComparer.Ordinal)];
}
