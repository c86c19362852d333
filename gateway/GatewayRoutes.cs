using Safeguarding.ServiceDefaults.Security;
using Yarp.ReverseProxy.Configuration;

namespace Safeguarding.Gateway;

/// <summary>
/// The one front door: which service owns which area of /api, and where each service's OpenAPI document is.
/// Services are addressed by their Aspire resource names and found by service discovery.
/// </summary>
public static class GatewayRoutes
{
    public static readonly IReadOnlyDictionary<string, string[]> AreasByService = new Dictionary<string, string[]>
    {
        ["programme"] = ["programmes", "organisations"],
        ["audit"] = ["audits", "audit-tools"],
        ["section11"] = ["section11", "section175"],
        ["learning"] = ["reviews", "actions", "briefings", "training"],
        ["reporting"] = ["reports"],
        ["notifications"] = ["notifications"],
        ["identity"] = ["clients", "users", "me"],
    };

    /// <summary>Work across partnerships (a rebuild of every partnership's reports, a region's first invitation): only the platform operator's token passes.</summary>
    public static readonly IReadOnlyDictionary<string, string> OperationsByService = new Dictionary<string, string>
    {
        ["programme"] = "programmes",
        ["reporting"] = "reports",
    };

    /// <summary>The services on the bus: each shows the platform operator its failed messages and replays them.</summary>
    public static readonly IReadOnlySet<string> MessagingServices = new HashSet<string>(["programme", "audit", "section11", "learning", "reporting", "notifications"]);

    /// <summary>OpenID Connect's own paths (token, discovery, keys) and the staff sign-in pages: open to everyone, as the protocol needs.</summary>
    public static readonly IReadOnlyList<string> IdentityProtocolPaths = ["/connect/{**rest}", "/.well-known/{**rest}", "/account/{**rest}"];

    /// <summary>Calendar feeds, each at its own secret address.</summary>
    public const string CalendarFeeds = "/calendar/{file}";

    private static readonly Dictionary<string, string> PreserveHost = new() { ["RequestHeaderOriginalHost"] = "true" };

    /// <summary>The staff web front end: every path no API or protocol route claims.</summary>
    public const string WebFrontEnd = "web";

    public static IReadOnlyList<RouteConfig> Routes(bool withApiDocuments) =>
    [
        .. AreasByService.SelectMany(service => service.Value.Select(area => new RouteConfig
        {
            RouteId = $"{service.Key}-{area}",
            ClusterId = service.Key,
            Match = new RouteMatch { Path = $"/api/{area}/{{**rest}}" },
            // Validated here and again in the service: the gateway turns away what no service would accept.
            AuthorizationPolicy = nameof(Policies.PartnershipMember),
        })),
        .. OperationsByService.Select(service => new RouteConfig
        {
            RouteId = $"{service.Key}-operations",
            ClusterId = service.Key,
            Match = new RouteMatch { Path = $"/api/operations/{service.Value}/{{**rest}}" },
            AuthorizationPolicy = Policies.OperateService,
        }),
        .. AreasByService.Keys.Where(MessagingServices.Contains).Select(service => new RouteConfig
        {
            RouteId = $"{service}-failed-messages",
            ClusterId = service,
            Match = new RouteMatch { Path = $"/api/operations/failed-messages/{service}/{{**rest}}" },
            AuthorizationPolicy = Policies.OperateService,
        }),
        .. AreasByService.Keys.Where(_ => withApiDocuments).Select(service => new RouteConfig
        {
            RouteId = $"{service}-openapi",
            ClusterId = service,
            Match = new RouteMatch { Path = $"/openapi/{service}.json" },
            AuthorizationPolicy = "anonymous",
            Transforms = [new Dictionary<string, string> { ["PathSet"] = "/openapi/v1.json" }],
        }),
        .. IdentityProtocolPaths.Select((path, i) => new RouteConfig
        {
            RouteId = $"identity-protocol-{i}",
            ClusterId = "identity",
            Match = new RouteMatch { Path = path },
            AuthorizationPolicy = "anonymous",
            // The discovery document and the redirects name the address the browser or partner system used.
            Transforms = [PreserveHost],
        }),
        new RouteConfig
        {
            // A calendar client subscribes without signing in: the feed's secret address is its key (checked by the service).
            RouteId = "notifications-calendar",
            ClusterId = "notifications",
            Match = new RouteMatch { Path = CalendarFeeds },
            AuthorizationPolicy = "anonymous",
        },
        new RouteConfig
        {
            RouteId = WebFrontEnd,
            ClusterId = WebFrontEnd,
            Match = new RouteMatch { Path = "/{**rest}" },
            // After every other route and endpoint; the front end signs people in itself.
            Order = 1000,
            AuthorizationPolicy = "anonymous",
            // The front end builds its sign-in redirect from the address the browser used.
            Transforms = [PreserveHost],
        },
    ];

    public static IReadOnlyList<ClusterConfig> Clusters() =>
    [
        .. AreasByService.Keys.Append(WebFrontEnd).Select(service => new ClusterConfig
        {
            ClusterId = service,
            Destinations = new Dictionary<string, DestinationConfig>
            {
                [service] = new() { Address = $"http://{service}" },
            },
        }),
    ];
}
