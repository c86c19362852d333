using Safeguarding.Contracts;
using Safeguarding.EventSourcing.Calendar;
using Safeguarding.Learning.Actions;
using Safeguarding.Learning.Briefings;
using Safeguarding.Learning.Calendar;
using Safeguarding.Learning.Reviews;
using Safeguarding.Learning.Training;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Learning.Tests;

/// <summary>The rules a request declares are the ones a caller meets, named as the caller sent them.</summary>
public class FieldRulesTests
{
    private static readonly DateOnly Today = new(2027, 1, 4);

    private static IDictionary<string, string[]> Broken(object request) => new ValidationErrors().Check(request, Today).ToDictionary();

    [Fact]
    public void A_missing_choice_names_its_field_and_the_values_it_may_take()
    {
        var errors = Broken(new ReportProgress(null, "On track."));

        Assert.Equal(["progress is required: one of NotStarted, OnTrack, AtRisk, Completed."], errors["progress"]);
    }

    [Theory]
    [InlineData("0001-01-01", false)]
    [InlineData("9999-12-31", false)]
    [InlineData("1999-12-31", false)]
    [InlineData("2000-01-01", true)]
    [InlineData("2100-12-31", true)]
    [InlineData("2101-01-01", false)]
    public void Every_date_falls_in_the_years_the_platform_plans_in(string date, bool kept)
    {
        var training = new ScheduleTrainingEvent(TrainingKind.Training, "Using the neglect toolkit", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), []);

        Assert.Equal(kept ? null : ["date must be between 1 January 2000 and 31 December 2100."], Broken(training).TryGetValue("date", out var errors) ? errors : null);
    }

    [Theory]
    [InlineData("2027-01-03", false)]
    [InlineData("2027-01-04", true)]
    [InlineData("2100-12-31", true)]
    public void A_due_date_is_today_or_later(string dueDate, bool kept)
    {
        var action = new RecordImprovementAction("Offer every return interview within 72 hours.", "Audit finding", Guid.NewGuid(), DateOnly.Parse(dueDate, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(kept ? null : ["dueDate must be between today and 31 December 2100."], Broken(action).TryGetValue("dueDate", out var errors) ? errors : null);
    }

    [Fact]
    public void A_window_that_counts_from_today_is_never_checked_without_knowing_the_day()
    {
        var action = new RecordImprovementAction("Offer every return interview within 72 hours.", "Audit finding", Guid.NewGuid(), Today);

        Assert.Throws<InvalidOperationException>(() => new ValidationErrors().Check(action));
    }

    [Fact]
    public void Lengths_count_what_is_kept_so_surrounding_spaces_do_not_break_a_limit()
    {
        Assert.Empty(Broken(new CloseAction($"  {new string('x', 4000)}  ")));
        Assert.Equal(["evidenceOfImpact must be at most 4000 characters."], Broken(new CloseAction(new string('x', 4001)))["evidenceOfImpact"]);
        Assert.Equal(["evidenceOfImpact is required."], Broken(new CloseAction("   "))["evidenceOfImpact"]);
    }

    [Fact]
    public void An_optional_text_when_given_holds_something()
    {
        var action = new RecordImprovementAction("Audit supervision records", "Found in the neglect audit", Guid.NewGuid(), new DateOnly(2027, 6, 30), " ");

        Assert.Equal(["testTheme, when given, is 1 to 200 characters."], Broken(action)["testTheme"]);
        Assert.Empty(Broken(action with { TestTheme = null }));
    }

    [Fact]
    public void Each_entry_of_a_list_is_named_by_its_index()
    {
        var briefing = new ReviseBriefing("Title", "Background", "Why", ["A finding", " ", new string('x', 1001)], [.. Enumerable.Repeat("Act", 21)], null, null);

        var errors = Broken(briefing);

        Assert.Equal(["findings[1]", "findings[2]", "whatWeWillDo"], errors.Keys.Order());
        Assert.Equal(["whatWeWillDo has at most 20 entries."], errors["whatWeWillDo"]);
    }

    [Fact]
    public void Records_inside_a_list_are_checked_field_by_field_and_a_missing_one_is_named()
    {
        var closures = new SetClosureDays([new ClosureDay(new DateOnly(2027, 8, 2), "Partnership away day"), null!, new ClosureDay(new DateOnly(2027, 8, 3), "")]);

        var errors = Broken(closures);

        Assert.Equal(["closures[1]", "closures[2].reason"], errors.Keys.Order());
    }

    [Fact]
    public void A_pattern_rule_says_what_the_field_is_for()
    {
        var incident = new RecordSeriousIncident("Jane Smith", "Neglect", "Summary", new DateOnly(2027, 1, 1));

        Assert.Equal(
            ["caseReference is the partnership's pseudonymous case key, like SH-2027-014 or CASE-7F3K: capital letters and digits joined by single hyphens, "
                + "with at least two digits, and no word, date or identifier that could name the child."],
            Broken(incident)["caseReference"]);
    }

    [Fact]
    public void Ranges_are_inclusive()
    {
        Assert.Empty(Broken(new Training.GiveFeedback("Use the neglect toolkit", 5)));
        Assert.Equal(["rating must be between 1 and 5."], Broken(new Training.GiveFeedback("Use the neglect toolkit", 0))["rating"]);
    }

    [Fact]
    public void A_request_whose_rules_hold_is_left_alone()
    {
        Assert.Empty(Broken(new DecideRapidReview(ReviewDecision.LocalChildSafeguardingPracticeReview, "Learning for all agencies.", new DateOnly(2027, 1, 4))));
    }

    [Fact]
    public void A_repeat_is_named_where_it_repeats_and_a_missing_entry_repeats_nothing()
    {
        IReadOnlyList<string?> keys = ["neglect", "exploitation", "neglect", null, "exploitation", null, "voice"];

        Assert.Equal([2, 4], keys.RepeatedAt(k => k).Order());
    }
}
