using Safeguarding.Testing;

namespace Safeguarding.Section11.Tests;

public class RequestRulePropertyTests
{
    [Fact]
    public void Generated_values_inside_each_requests_declared_rules_are_accepted_and_outside_them_refused_naming_the_field() =>
        RequestRuleProperties.CheckEvery("section11", RequestExamples.All);
}
