using System.Net.Sockets;
using Npgsql;
using Safeguarding.ServiceDefaults.Problems;

namespace Safeguarding.Learning.Tests;

/// <summary>Which failures mean "the database is away, try again" (503 with Retry-After) rather than a fault (500).</summary>
public sealed class DatabaseUnavailableTests
{
    [Fact]
    public void A_refused_connection_or_a_database_starting_up_is_unavailable()
    {
        Assert.True(DatabaseUnavailableExceptionHandler.IsUnavailable(
            new InvalidOperationException("wrapped", new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused)))));
        Assert.True(DatabaseUnavailableExceptionHandler.IsUnavailable(new PostgresException("the database system is starting up", "FATAL", "FATAL", "57P03")));
    }

    [Fact]
    public void A_query_the_database_refuses_for_good_is_not()
    {
        Assert.False(DatabaseUnavailableExceptionHandler.IsUnavailable(new PostgresException("duplicate key", "ERROR", "ERROR", "23505")));
        Assert.False(DatabaseUnavailableExceptionHandler.IsUnavailable(new InvalidOperationException("a bug")));
    }
}
