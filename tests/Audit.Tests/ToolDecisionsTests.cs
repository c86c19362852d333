using Safeguarding.Audit.Tools;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;

namespace Safeguarding.Audit.Tests;

public class ToolDecisionsTests
{
    private static readonly Actor Coordinator = new("coordinator-1", null);
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static ToolTemplateInput Valid() => ToolDecisions.ToInput(BuiltInTools.GeneralCaseAudit);

    [Fact]
    public void The_built_in_tools_are_valid_templates()
    {
        foreach (var tool in BuiltInTools.All)
        {
            Assert.True(ToolDecisions.Validate(ToolDecisions.ToInput(tool.Template)).IsValid, tool.Template.Name);
        }
    }

    [Fact]
    public void The_exploitation_exemplar_has_the_sections_the_partnership_expects()
    {
        var keys = BuiltInTools.ExploitationExemplar.Sections.Select(s => s.Key).ToList();

        Assert.Equal(13, keys.Count);
        Assert.Contains("missing", keys);
        Assert.Contains("nrm", keys);
        Assert.Contains("transition", keys);
    }

    [Fact]
    public void Good_is_the_expected_minimum_of_the_Ofsted_scale()
    {
        Assert.True(GradeScales.OfstedFourPoint.MeetsExpectation("outstanding"));
        Assert.True(GradeScales.OfstedFourPoint.MeetsExpectation("good"));
        Assert.False(GradeScales.OfstedFourPoint.MeetsExpectation("requires-improvement"));
        Assert.False(GradeScales.OfstedFourPoint.MeetsExpectation("no-such-grade"));
    }

    [Fact]
    public void Each_bad_field_of_a_template_is_named_by_its_path()
    {
        var input = Valid() with
        {
            Name = "",
            GradeScale = "stars",
            Sections =
            [
                new ToolSectionInput("Voice Of The Child", "Voice", null, [new ToolQuestionInput("q", "", null, null)]),
                new ToolSectionInput("planning", "Planning", null, []),
                new ToolSectionInput("planning", "Planning again", null, [new ToolQuestionInput("q", "Text", AnswerType.Grade, null)]),
            ],
        };

        var errors = ToolDecisions.Validate(input).ToDictionary();

        Assert.Equal(
            ["gradeScale", "name", "sections[0].key", "sections[0].questions[0].answerType", "sections[0].questions[0].text", "sections[1].questions", "sections[2].key"],
            errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_copy_keeps_the_source_content_and_version_under_a_new_name()
    {
        var source = BuiltInTools.Find(BuiltInTools.ExploitationExemplarId)!;

        var copied = ToolDecisions.Copy(source, new CopyAuditTool(" St Helens exploitation tool "), Guid.NewGuid(), Coordinator, Now);

        Assert.Equal("St Helens exploitation tool", copied.Template.Name);
        Assert.Equal(source.Template.Sections, copied.Template.Sections);
        Assert.Equal((source.Id, 1L), (copied.CopiedFromToolId, copied.CopiedFromVersion));
    }

    [Fact]
    public void A_built_in_tool_is_never_revised()
    {
        var decision = ToolDecisions.Revise(BuiltInTools.All[0], Valid(), Coordinator, Now);

        Assert.IsType<Decision.NotAllowed>(decision);
    }

    [Fact]
    public void A_partnership_tool_is_revised_with_valid_content_only()
    {
        var tool = AuditTool.Create(ToolDecisions.Copy(BuiltInTools.All[0], new CopyAuditTool("Ours"), Guid.NewGuid(), Coordinator, Now));

        Assert.IsType<Decision.Invalid>(ToolDecisions.Revise(tool, Valid() with { Sections = [] }, Coordinator, Now));
        var accepted = Assert.IsType<Decision.Accepted>(ToolDecisions.Revise(tool, Valid() with { Name = "Ours, v2" }, Coordinator, Now));
        Assert.Equal("Ours, v2", tool.Apply(Assert.IsType<AuditToolRevised>(Assert.Single(accepted.Events))).Template.Name);
    }
}
