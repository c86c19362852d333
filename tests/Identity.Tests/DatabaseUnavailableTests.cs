using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Safeguarding.ServiceDefaults.Problems;

namespace Safeguarding.Identity.Tests;

/// <summary>Identity keeps its accounts with EF Core: a save that could not reach the database is a 503, as in every service.</summary>
public sealed class DatabaseUnavailableTests
{
    [Fact]
    public void An_EF_Core_save_that_could_not_reach_the_database_is_unavailable_and_one_it_refused_is_not()
    {
        var refused = new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused));
        Assert.True(DatabaseUnavailableExceptionHandler.IsUnavailable(new DbUpdateException("An error occurred while saving.", refused)));
        Assert.False(DatabaseUnavailableExceptionHandler.IsUnavailable(
            new DbUpdateException("An error occurred while saving.", new PostgresException("duplicate key", "ERROR", "ERROR", "23505"))));
    }
}
