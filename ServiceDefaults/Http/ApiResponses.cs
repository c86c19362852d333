using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Safeguarding.ServiceDefaults.Http;

/// <summary>
/// What a partner system's developer needs from the document alone: how to get a token, and every answer an
/// operation can give. The framework lists the answers a handler's typed results name; the others come from the
/// layers around the handler (the gateway's rate limits, authentication and authorization, version checks), and
/// are written here from the same facts those layers act on.
/// </summary>
public static class ApiResponses
{
    public const string Scheme = "oauth2";
    public const string TokenPath = "/connect/token";
    private const string Problem = "ProblemDetails";
    private const string ProblemJson = "application/problem+json";

    public static Task DescribeSecurityAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Scheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.OAuth2,
            Description = "A partner system's client id and secret, issued by the partnership's administrator, exchanged at the gateway for a token.",
            Flows = new OpenApiOAuthFlows
            {
                ClientCredentials = new OpenApiOAuthFlow { TokenUrl = new Uri(TokenPath, UriKind.Relative), Scopes = new Dictionary<string, string>() },
            },
        };
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[Problem] = ProblemSchema();
        return Task.CompletedTask;
    }

    public static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var document = context.Document!;
        operation.Responses ??= new OpenApiResponses();
        if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Scheme, document)] = [] }];
            Add(operation, document, HttpStatusCode.Unauthorized, "No token, or one that has expired: get a new one at " + TokenPath + ".");
            Add(operation, document, HttpStatusCode.Forbidden, "The token's roles or organisation do not allow this.");
        }

        var write = context.Description.HttpMethod is not ("GET" or "HEAD");
        if (write || context.Description.ParameterDescriptions.Any(p => p.Source.Id == "Query") || metadata.OfType<Paging.Metadata>().Any())
        {
            Add(operation, document, HttpStatusCode.BadRequest, "A field is missing or wrong: the errors name each one.");
        }

        var existing = context.Description.RelativePath?.Contains('{', StringComparison.Ordinal) == true;
        if (existing)
        {
            Add(operation, document, HttpStatusCode.NotFound, "Your partnership has no such record.");
        }

        if (IsVersioned(context))
        {
            DescribeVersions(operation, document, changesExisting: write && existing);
        }

        Add(operation, document, HttpStatusCode.TooManyRequests, "Too many requests from this caller: wait the seconds Retry-After gives.");
        DescribeLocation(operation, HttpStatusCode.Created, "Created.", "Where the new record is.");
        DescribeLocation(
            operation, HttpStatusCode.Accepted, "Accepted: the work completes in the background, shortly after this answer.",
            "Where to look for its result: a record the work creates answers 404 until it exists.");
        return Task.CompletedTask;
    }

    private static void DescribeLocation(OpenApiOperation operation, HttpStatusCode status, string description, string location)
    {
        if (operation.Responses!.TryGetValue(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), out var response)
            && response is OpenApiResponse concrete)
        {
            concrete.Description = description;
            concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
            concrete.Headers["Location"] = new OpenApiHeader { Description = location, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
        }
    }

    /// <summary>
    /// A record that carries its stream's version answers it as ETag; a change to it takes that ETag back as
    /// optional If-Match, and refuses a step the record's state does not allow.
    /// </summary>
    private static void DescribeVersions(OpenApiOperation operation, OpenApiDocument document, bool changesExisting)
    {
        foreach (var (_, response) in operation.Responses!.Where(r => r.Key.StartsWith('2')))
        {
            if (response is OpenApiResponse concrete)
            {
                concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
                concrete.Headers["ETag"] = new OpenApiHeader
                {
                    Description = "The record's version, as a strong ETag such as \"3\": send it as If-Match with a change.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                };
            }
        }

        if (!changesExisting || operation.Parameters?.Any(p => p.Name == "If-Match") == true)
        {
            return;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "If-Match",
            In = ParameterLocation.Header,
            Required = false,
            Description = "The ETag of the record as you last read it: the change is made only if nobody changed it since (otherwise 412).",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^(W/)?\"[0-9]+\"$" },
            Example = System.Text.Json.Nodes.JsonValue.Create("\"3\""),
        });
        Add(operation, document, HttpStatusCode.Conflict, "The record's state does not allow this step now: the detail says why.");
        Add(operation, document, HttpStatusCode.PreconditionFailed, "If-Match does not name the current version: read the record again, then retry.");
    }

    /// <summary>Its answer (or, for a change, the record it changes) carries the stream version: a Version number.</summary>
    private static bool IsVersioned(OpenApiOperationTransformerContext context) =>
        context.Description.SupportedResponseTypes.Any(r => r.StatusCode is >= 200 and < 300
            && r.Type?.GetProperty("Version", BindingFlags.Public | BindingFlags.Instance)?.PropertyType == typeof(long));

    private static void Add(OpenApiOperation operation, OpenApiDocument document, HttpStatusCode status, string description)
    {
        var code = ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses!.TryGetValue(code, out var existing))
        {
            if (existing is OpenApiResponse { Content: null or { Count: 0 } } bare)
            {
                bare.Description = description;
                bare.Content = ProblemContent(document);
            }

            return;
        }

        operation.Responses[code] = new OpenApiResponse { Description = description, Content = ProblemContent(document) };
    }

    private static Dictionary<string, OpenApiMediaType> ProblemContent(OpenApiDocument document) =>
        new() { [ProblemJson] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(Problem, document) } };

    private static OpenApiSchema ProblemSchema() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "RFC 9457 problem details: what went wrong, in words a person can act on.",
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String },
        },
    };
}
