using Safeguarding.Audit.Audits;
using Safeguarding.Audit.Tools;
using Safeguarding.Testing.Producers;

namespace Safeguarding.Audit.Tests;

public class ReturnRulesTests
{
    [Theory]
    [InlineData("2026-11-30", null)]
    [InlineData("0001-01-01", "The date must be between 1 January 2000 and 31 December 2100.")]
    [InlineData("9999-12-31", "The date must be between 1 January 2000 and 31 December 2100.")]
    [InlineData("30/11/2026", "The answer must be a date as yyyy-MM-dd.")]
    public void A_date_answer_is_a_date_in_the_years_the_platform_plans_in(string value, string? problem)
    {
        var draft = new SubmitReturn([new AnswerInput("management-oversight", "last-supervision", value)], null, null, null, null, null, null, null, null);

        var errors = ReturnRules.Validate(draft, BuiltInTools.GeneralCaseAudit, complete: false).ToDictionary();

        Assert.Equal(problem, errors.TryGetValue("answers[0].value", out var messages) ? messages.Single() : null);
    }

    [Fact]
    public void A_return_with_no_answers_and_no_grades_is_not_submitted_and_says_what_each_section_lacks()
    {
        var empty = new SubmitReturn([], [], null, null, null, null, null, "good", "Nothing to add.");

        var errors = ReturnRules.Validate(empty, BuiltInTools.GeneralCaseAudit).ToDictionary();

        Assert.Equal(["answers", "sectionGrades"], errors.Keys.Order());
        Assert.Equal(8, errors["answers"].Length);
        Assert.Equal(8, errors["sectionGrades"].Length);
        Assert.Contains("Section \"chronology\" (Chronology and history) is not finished: answer \"chronology-up-to-date\", \"history-informs-work\", \"grade\".", errors["answers"]);
        Assert.Contains("Section \"impact\" (Impact and outcome) needs a grade and why it was given.", errors["sectionGrades"]);
        Assert.True(ReturnRules.Validate(empty, BuiltInTools.GeneralCaseAudit, complete: false).IsValid);
    }

    [Fact]
    public void A_return_answers_every_question_the_tool_does_not_mark_optional()
    {
        var tool = BuiltInTools.GeneralCaseAudit;
        var whole = CompleteReturns.For(tool, "good");
        var oneLeftOut = whole with { Answers = [.. whole.Answers!.Where(a => a.QuestionKey != "strategy-discussions")] };
        var optional = tool with
        {
            Sections = [.. tool.Sections.Select(s => s with { Questions = [.. s.Questions.Select(q => q with { Optional = q.Key == "strategy-discussions" })] })],
        };

        Assert.True(ReturnRules.Validate(whole, tool).IsValid);
        Assert.Equal(
            ["Section \"information-sharing\" (Information sharing) is not finished: answer \"strategy-discussions\"."],
            ReturnRules.Validate(oneLeftOut, tool).ToDictionary()["answers"]);
        Assert.True(ReturnRules.Validate(oneLeftOut, optional).IsValid);
    }
}
