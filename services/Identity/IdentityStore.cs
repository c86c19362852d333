using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Identity.SecurityLog;
using Safeguarding.Identity.Staff;

namespace Safeguarding.Identity;

/// <summary>
/// The Identity service's own PostgreSQL database: staff users (ASP.NET Core Identity), OpenIddict's applications,
/// authorizations and tokens, the security log, and the data-protection keys the sign-in cookie and password links are protected with,
/// so every instance reads what another wrote and a restart signs nobody out.
/// </summary>
public sealed class IdentityStore(DbContextOptions<IdentityStore> options) : IdentityUserContext<StaffUser>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseOpenIddict();
        builder.Entity<DataProtectionKey>();
        builder.Entity<SecurityEvent>(log =>
        {
            log.ToTable("SecurityLog");
            log.HasIndex(e => new { e.PartnershipId, e.At });
        });
        builder.Entity<StaffUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(100);
            user.Property(u => u.PartnershipId).HasMaxLength(64);
            user.HasIndex(u => u.PartnershipId);
        });
    }
}
