using System.Collections;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.ServiceDefaults.Http;

/// <summary>
/// Every list the API answers comes a page at a time: <c>?page</c> (from 1) and <c>?pageSize</c> (1 to
/// <see cref="MaxPageSize"/>, the most unless asked), the whole count in <c>X-Total-Count</c> and the neighbouring
/// pages in a <c>Link</c> header (RFC 8288). No answer is larger than one page, however long a partnership's lists grow.
/// </summary>
public static class Paging
{
    public const int MaxPageSize = 500;

    public const string TotalCount = "X-Total-Count";

    /// <summary>Marks an endpoint as paged, so the documents and the tests can tell.</summary>
    public sealed class Metadata;

    public static RouteHandlerBuilder Paged(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter(PageAsync).WithMetadata(new Metadata());

    private static async ValueTask<object?> PageAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var query = context.HttpContext.Request.Query;
        var errors = new ValidationErrors();
        var page = Read(query, "page", int.MaxValue, 1, errors);
        var size = Read(query, "pageSize", MaxPageSize, MaxPageSize, errors);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var answer = await next(context);
        if ((answer is INestedHttpResult nested ? nested.Result : answer) is not IValueHttpResult { Value: IEnumerable items } list
            || list is not IStatusCodeHttpResult { StatusCode: StatusCodes.Status200OK })
        {
            return answer;
        }

        var all = items.Cast<object?>().ToList();
        var skip = (int)Math.Min((page - 1L) * size, all.Count);
        var shown = Array.CreateInstance(ElementOf(list.GetType().GetGenericArguments()[0]), Math.Min(size, all.Count - skip));
        for (var i = 0; i < shown.Length; i++)
        {
            shown.SetValue(all[skip + i], i);
        }

        Describe(context.HttpContext, page, size, all.Count);
        return TypedResults.Ok<object>(shown);
    }

    private static int Read(IQueryCollection query, string name, int most, int unless, ValidationErrors errors)
    {
        if (!query.TryGetValue(name, out var values))
        {
            return unless;
        }

        if (values.Count == 1 && int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= most)
        {
            return value;
        }

        errors.Add(name, $"{name} must be a whole number from 1 to {most}.");
        return unless;
    }

    private static Type ElementOf(Type list) =>
        (list.IsGenericType && list.GetGenericTypeDefinition() == typeof(IEnumerable<>) ? list : list.GetInterfaces().First(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)))
            .GetGenericArguments()[0];

    private static void Describe(HttpContext http, int page, int size, int total)
    {
        http.Response.Headers[TotalCount] = total.ToString(CultureInfo.InvariantCulture);
        var others = http.Request.Query.Where(q => q.Key is not ("page" or "pageSize")).ToList();
        string Link(int to, string relation) =>
            $"<{QueryHelpers.AddQueryString(http.Request.Path, [.. others, new("page", to.ToString(CultureInfo.InvariantCulture)), new("pageSize", size.ToString(CultureInfo.InvariantCulture))])}>; rel=\"{relation}\"";
        var last = Math.Max(1, (int)Math.Ceiling(total / (double)size));
        List<string> links = [Link(1, "first"), Link(last, "last")];
        if (page > 1)
        {
            links.Add(Link(Math.Min(page - 1, last), "prev"));
        }

        if (page < last)
        {
            links.Add(Link(page + 1, "next"));
        }

        http.Response.Headers.Link = string.Join(", ", links);
    }

    /// <summary>The address of the page after this one, from a paged answer's <c>Link</c> header; null on the last page.</summary>
    public static string? NextPage(System.Net.Http.Headers.HttpResponseHeaders headers) =>
        headers.TryGetValues("Link", out var values)
            ? values.SelectMany(v => v.Split(", ")).Where(l => l.EndsWith("; rel=\"next\"", StringComparison.Ordinal))
                .Select(l => l[(l.IndexOf('<', StringComparison.Ordinal) + 1)..l.IndexOf('>', StringComparison.Ordinal)]).FirstOrDefault()
            : null;

    /// <summary>The two query parameters and the two headers, on every paged operation in the documents.</summary>
    internal static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (!context.Description.ActionDescriptor.EndpointMetadata.OfType<Metadata>().Any())
        {
            return Task.CompletedTask;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(QueryParameter("page", "Which page, from 1.", int.MaxValue));
        operation.Parameters.Add(QueryParameter("pageSize", $"How many to a page: at most {MaxPageSize}, and {MaxPageSize} unless asked.", MaxPageSize));
        if (operation.Responses?.TryGetValue("200", out var ok) == true && ok is OpenApiResponse found)
        {
            found.Headers ??= new Dictionary<string, IOpenApiHeader>();
            found.Headers[TotalCount] = new OpenApiHeader { Description = "How many there are on every page together.", Schema = new OpenApiSchema { Type = JsonSchemaType.Integer } };
            found.Headers["Link"] = new OpenApiHeader { Description = "The first, last, previous and next pages (RFC 8288).", Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
        }

        return Task.CompletedTask;
    }

    private static OpenApiParameter QueryParameter(string name, string description, int most) => new()
    {
        Name = name,
        In = ParameterLocation.Query,
        Required = false,
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = most.ToString(CultureInfo.InvariantCulture) },
    };
}
