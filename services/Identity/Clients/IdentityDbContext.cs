using Microsoft.EntityFrameworkCore;

namespace Safeguarding.Identity.Clients;

/// <summary>OpenIddict's applications, authorizations, scopes and tokens, in the Identity service's own PostgreSQL database.</summary>
public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.UseOpenIddict();
    }
}
