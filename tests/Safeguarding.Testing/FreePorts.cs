using System.Net;
using System.Net.Sockets;

namespace Safeguarding.Testing;

public static class FreePorts
{
    /// <summary>A port nobody listens on right now; the OS hands out each one only once in a while.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
