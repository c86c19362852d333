using Safeguarding.Contracts;
using Safeguarding.Contracts.Section11;
using Safeguarding.Reporting.Dashboards;
using Safeguarding.Reporting.Overview;
using Safeguarding.Reporting.ReadModels;

namespace Safeguarding.Reporting.Tests;

public class DashboardFiguresTests
{
    private static readonly Guid Police = Guid.NewGuid();

    private static AssessmentRow Assessment(int year, string moderated, int rank) => new()
    {
        Id = Guid.NewGuid(),
        CycleId = Guid.NewGuid(),
        Kind = SelfAssessmentKind.Section11,
        Year = year,
        OrganisationId = Police,
        Submitted = true,
        Indicators =
        [
            new IndicatorResult(5, IndicatorNumber.From("5.2"), ScoreCode.From("3"), 1, ScoreCode.From(moderated), rank, rank >= 3),
            new IndicatorResult(5, IndicatorNumber.From("5.1"), ScoreCode.From("2"), 2, ScoreCode.From("2"), 2, false),
        ],
    };

    [Fact]
    public void A_standard_shows_its_worst_indicator_and_how_its_moderated_rank_moved_since_last_year()
    {
        var cycle = new CycleRow { Id = Guid.NewGuid(), Kind = SelfAssessmentKind.Section11, Year = 2027, Invited = [Police], Returned = [Police] };
        var data = new ReportData([new OrganisationRow { Id = Police, Name = "Merseyside Police" }], [], [], [], [Assessment(2026, "1", 3), Assessment(2027, "2", 2)], [cycle], [], [], []);

        var matrix = DashboardFigures.Compliance(data, "Section11", 2027);

        var cell = Assert.Single(Assert.Single(matrix.Organisations).Standards);
        Assert.Equal(new StandardCell(5, "2", "2", false, -1), cell);
        Assert.Equal((1, 1, 1.0), (matrix.Invited, matrix.Returned, matrix.ReturnRate));
    }
}
