using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Contracts.Privacy;
using Safeguarding.Identity.Privacy;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.Identity.Tests;

/// <summary>Identity's record of processing: read from EF Core's model of its database, so no column goes unlisted.</summary>
[Collection(nameof(IdentityServiceCollection))]
public sealed class RecordOfProcessingTests(IdentityService service)
{
    [Fact]
    public void Every_text_column_of_every_table_is_declared_and_every_declaration_is_stored()
    {
        using var scope = service.Host.Services.CreateScope();

        var (_, undeclared) = RecordOfProcessing.Of(scope.ServiceProvider.GetRequiredService<IdentityStore>().Model);

        Assert.True(undeclared.Count == 0, "Declare each in StoredAccounts:\n" + string.Join('\n', undeclared));
    }

    [Fact]
    public void A_table_that_is_not_declared_and_a_declaration_of_what_is_not_stored_are_both_named()
    {
        using var store = new NotesStore(new DbContextOptionsBuilder<NotesStore>().UseNpgsql("Host=unused").Options);

        var (_, undeclared) = RecordOfProcessing.Of(store.Model);

        Assert.Contains("Notes.Text", undeclared);
        Assert.Contains("AspNetUsers.Email: declared, but not stored", undeclared);
    }

    [Fact]
    public async Task The_data_protection_officer_reads_each_personal_column_with_its_kind_and_readers()
    {
        var fields = await service.Host.RecordOfProcessingAsync("/api/users/record-of-processing");

        var email = Assert.Single(fields, f => f.Field == "AspNetUsers.Email");
        Assert.Equal((RecordKind.StaffAccounts, PersonalData.WorkContact), (email.Kind, email.Data));
        Assert.Equal([Roles.Coordinator, Roles.Admin], email.ReadBy);
        var from = Assert.Single(fields, f => f.Field == "SecurityLog.From");
        Assert.Equal((RecordKind.AccessLogs, PersonalData.NetworkAddress), (from.Kind, from.Data));
        Assert.DoesNotContain(fields, f => f.Field.StartsWith("DataProtectionKeys.", StringComparison.Ordinal) || f.Field == "AspNetUsers.SecurityStamp");
    }

    /// <summary>A database with a table nobody declared, as a change might add one.</summary>
    private sealed class NotesStore(DbContextOptions<NotesStore> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder builder) => builder.Entity<Note>().ToTable("Notes");
    }

    private sealed record Note(int Id, string Text);
}
