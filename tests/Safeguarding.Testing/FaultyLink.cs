using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Safeguarding.Testing;

/// <summary>
/// A TCP proxy a test places between a service and one of its servers, to give that one link the trouble a network
/// gives: latency on everything that crosses it, a stall (nothing crosses either way, and a new connection gets no
/// answer, until the stall ends), and resets (every open connection torn down at once, as a dropped route or a
/// restarted firewall does). Between faults it passes everything through untouched.
/// </summary>
public sealed class FaultyLink : IDisposable
{
    private readonly TcpListener _listener;
    private readonly IPEndPoint _server;
    private readonly ConcurrentDictionary<Connection, byte> _open = new();
    private readonly CancellationTokenSource _closing = new();
    private TaskCompletionSource _flowing = Flowing();
    private long _latencyTicks;
    private int _delayed;

    private FaultyLink(IPEndPoint server)
    {
        _server = server;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        _ = AcceptAsync();
    }

    /// <summary>Starts a link to the server at this port on this machine.</summary>
    public static FaultyLink To(int serverPort) => new(new IPEndPoint(IPAddress.Loopback, serverPort));

    /// <summary>The port the service connects to instead of the server's.</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>How many connections the link has carried, so a test can tell the service really uses it.</summary>
    public int Connections { get; private set; }

    /// <summary>How many pieces of data have crossed late, so a test can tell its latency really slowed the traffic.</summary>
    public int Delayed => Volatile.Read(ref _delayed);

    /// <summary>Added before each piece of data crosses, in either direction.</summary>
    public TimeSpan Latency
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _latencyTicks));
        set => Interlocked.Exchange(ref _latencyTicks, value.Ticks);
    }

    /// <summary>From now on nothing crosses, until <see cref="Flow"/>.</summary>
    public void Stall()
    {
        var current = Current();
        if (current.Task.IsCompleted)
        {
            Interlocked.CompareExchange(ref _flowing, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), current);
        }
    }

    /// <summary>Ends a stall: what waited crosses now.</summary>
    public void Flow() => Current().TrySetResult();

    /// <summary>Tears down every open connection with a reset, both to the service and to the server; returns how many.</summary>
    public int Reset()
    {
        var reset = 0;
        foreach (var connection in _open.Keys)
        {
            if (_open.TryRemove(connection, out _))
            {
                connection.Reset();
                reset++;
            }
        }

        return reset;
    }

    public void Dispose()
    {
        _closing.Cancel();
        _listener.Stop();
        Flow();
        Reset();
        _closing.Dispose();
    }

    private static TaskCompletionSource Flowing()
    {
        var flowing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        flowing.SetResult();
        return flowing;
    }

    private TaskCompletionSource Current() => Volatile.Read(ref _flowing);

    private async Task AcceptAsync()
    {
        while (!_closing.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptSocketAsync(_closing.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            Connections++;
            _ = CarryAsync(client);
        }
    }

    private async Task CarryAsync(Socket client)
    {
        var server = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        var connection = new Connection(client, server);
        _open[connection] = 0;
        try
        {
            await Current().Task.WaitAsync(_closing.Token);
            await server.ConnectAsync(_server, _closing.Token);
            await Task.WhenAny(PumpAsync(client, server), PumpAsync(server, client));
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // The connection ends as a network's would: the other side sees it closed or reset.
        }
        finally
        {
            if (_open.TryRemove(connection, out _))
            {
                connection.Close();
            }
        }
    }

    private async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await from.ReceiveAsync(buffer, SocketFlags.None, _closing.Token);
                if (read == 0)
                {
                    return;
                }

                await Current().Task.WaitAsync(_closing.Token);
                if (Latency > TimeSpan.Zero)
                {
                    await Task.Delay(Latency, _closing.Token);
                    Interlocked.Increment(ref _delayed);
                }

                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, _closing.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Either side went away, or the link was reset: the connection ends.
        }
    }

    private sealed class Connection(Socket client, Socket server)
    {
        public void Reset()
        {
            foreach (var socket in new[] { client, server })
            {
                // A zero linger makes close send RST, not FIN: the peer sees "connection reset", as when a route drops.
                try
                {
                    socket.LingerState = new LingerOption(true, 0);
                }
                catch (Exception e) when (e is SocketException or ObjectDisposedException)
                {
                    // Already closed: nothing to reset.
                }

                socket.Dispose();
            }
        }

        public void Close()
        {
            client.Dispose();
            server.Dispose();
        }
    }
}
