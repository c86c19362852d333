using Safeguarding.Audit.Audits;
using Safeguarding.Audit.Tools;

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
}
