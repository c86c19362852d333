using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Notifications.Notifications;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Security;
using TemplateResult = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.Ok<Safeguarding.Notifications.Templates.TemplateView>,
    Microsoft.AspNetCore.Http.HttpResults.ValidationProblem,
    Microsoft.AspNetCore.Http.HttpResults.NotFound,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>;

namespace Safeguarding.Notifications.Templates;

/// <summary>A kind of message as the partnership sends it: its words, the placeholders it may use, and whether they are the partnership's own.</summary>
public sealed record TemplateView(
    NotificationKind Kind, string Subject, string Body, IReadOnlyList<string> Placeholders, bool IsPartnerships, string? ChangedBy, DateTimeOffset? ChangedAt)
{
    public static TemplateView Of(NotificationKind kind, PartnershipTemplate? template) =>
        template?.Custom is { } custom
            ? new(kind, custom.Subject, custom.Body, BuiltInTemplates.Placeholders[kind], true, template.ChangedBy, template.ChangedAt)
            : new(kind, BuiltInTemplates.For(kind).Subject, BuiltInTemplates.For(kind).Body, BuiltInTemplates.Placeholders[kind], false, template?.ChangedBy, template?.ChangedAt);
}

/// <summary>The partnership's coordinators and administrators put each kind of message in their own words, and preview it first.</summary>
public static class TemplateEndpoints
{
    public static IEndpointRouteBuilder MapTemplatesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/notifications/templates").WithTags("Message templates").RequireAuthorization(Policies.ManageNotifications);
        group.MapGet("/", ListTemplates).Paged();
        group.MapGet("/{kind}", GetTemplate);
        group.MapPut("/{kind}", EditTemplate);
        group.MapDelete("/{kind}", ResetTemplate);
        group.MapPost("/{kind}/preview", PreviewTemplate);
        return app;
    }

    /// <summary>Every kind of message with the words the partnership sends it in and the placeholders each may use.</summary>
    public static async Task<Ok<IReadOnlyList<TemplateView>>> ListTemplates(IQuerySession session, CancellationToken cancellationToken)
    {
        var own = (await session.Query<PartnershipTemplate>().ToListAsync(cancellationToken)).ToDictionary(t => t.Kind);
        return TypedResults.Ok<IReadOnlyList<TemplateView>>([.. Enum.GetValues<NotificationKind>().Select(kind => TemplateView.Of(kind, own.GetValueOrDefault(kind)))]);
    }

    /// <summary>One kind of message: its subject and body as the partnership sends it, and the placeholders it may use.</summary>
    public static async Task<Results<Ok<TemplateView>, NotFound>> GetTemplate(string kind, IQuerySession session, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Kind(kind) is { } known
            ? TypedResults.Ok(TemplateView.Of(known, await session.LoadAsync<PartnershipTemplate>(PartnershipTemplate.IdFor(user.PartnershipId(), known), cancellationToken)))
            : TypedResults.NotFound();

    /// <summary>Put a kind of message in the partnership's own words: only its placeholders, with {{link}} in the body.</summary>
    public static async Task<TemplateResult> EditTemplate(
        string kind, EditTemplate command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (Kind(kind) is not { } known)
        {
            return TypedResults.NotFound();
        }

        var id = PartnershipTemplate.IdFor(user.PartnershipId(), known);
        var current = await session.LoadAsync<PartnershipTemplate>(id, cancellationToken);
        return await Save(session, id, current, TemplateDecisions.Change(current, id, known, command, user.ToActor(), clock.GetUtcNow()), known, cancellationToken);
    }

    /// <summary>Go back to the platform's own words for a kind of message.</summary>
    public static async Task<TemplateResult> ResetTemplate(
        string kind, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (Kind(kind) is not { } known)
        {
            return TypedResults.NotFound();
        }

        var id = PartnershipTemplate.IdFor(user.PartnershipId(), known);
        var current = await session.LoadAsync<PartnershipTemplate>(id, cancellationToken);
        var decision = current?.Custom is null ? Decision.Accept() : Decision.Accept(new MessageTemplateReset(id, known, user.ToActor(), clock.GetUtcNow()));
        return await Save(session, id, current, decision, known, cancellationToken);
    }

    /// <summary>The message these words would send, filled with example values, before they are saved.</summary>
    public static Results<Ok<RenderedMessage>, ValidationProblem, NotFound> PreviewTemplate(string kind, EditTemplate command) =>
        Kind(kind) is not { } known ? TypedResults.NotFound()
        : TemplateDecisions.Validate(known, command) is { IsValid: false } errors ? TypedResults.ValidationProblem(errors.ToDictionary())
        : TypedResults.Ok(new MessageTemplate(command.Subject!, command.Body!).Render(BuiltInTemplates.Examples));

    private static async Task<TemplateResult> Save(
        IDocumentSession session, Guid id, PartnershipTemplate? current, Decision decision, NotificationKind kind, CancellationToken cancellationToken) =>
        (await StreamCommands.CarryOutAsync(
            decision,
            events => StreamCommands.StartOrAppendAsync<PartnershipTemplate>(session, id, current, events, cancellationToken),
            async () => TemplateView.Of(kind, await session.LoadAsync<PartnershipTemplate>(id, cancellationToken)))).Result switch
        {
            Ok<TemplateView> ok => ok,
            ValidationProblem invalid => invalid,
            ProblemHttpResult problem => problem,
            var other => throw new InvalidOperationException($"Unexpected answer {other}."),
        };

    /// <summary>A kind named as the document names it; a number or an unknown name is no kind.</summary>
    private static NotificationKind? Kind(string name) =>
        Enum.GetNames<NotificationKind>().FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)) is { } known
            ? Enum.Parse<NotificationKind>(known)
            : null;
}
