namespace Safeguarding.ServiceDefaults.Http;

/// <summary>How the web front end names, to the gateway, the address of the person it calls the API for.</summary>
public static class PersonAddressHeaders
{
    /// <summary>The person's address, as the web front end saw it.</summary>
    public const string Address = "X-Person-Address";

    /// <summary>The key the web front end and the gateway share (<c>Web:GatewayKey</c>, <c>Gateway:WebKey</c>).</summary>
    public const string Key = "X-Web-Key";
}
