namespace Safeguarding.Reporting.Overview;

/// <summary>How much there is in each area of one partnership's quality assurance.</summary>
public sealed record PartnershipOverview
{
    public const string DocumentId = "overview";

    public string Id { get; init; } = DocumentId;

    public ProgrammeArea Programme { get; init; } = new(0, 0, 0);

    public AuditArea Audit { get; init; } = new(0);

    public Section11Area Section11 { get; init; } = new(0);

    public LearningArea Learning { get; init; } = new(0);

    public DateTimeOffset? LastEventAt { get; init; }

    public long Version { get; init; }
}

public sealed record ProgrammeArea(int Organisations, int Programmes, int AuditsScheduled);

public sealed record AuditArea(int AuditsOpened);

public sealed record Section11Area(int Cycles);

public sealed record LearningArea(int ImprovementActions);
