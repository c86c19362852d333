using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Safeguarding.Contracts.Privacy;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Identity.Privacy;

/// <summary>
/// The record of processing for Identity's database. Most of its tables are ASP.NET Core Identity's, OpenIddict's and
/// data protection's, whose classes this code cannot mark, so the declarations are a registry by table and column
/// (<see cref="StoredAccounts"/>), and the columns come from EF Core's model of the database itself: a text column the
/// registry does not declare, or a declaration of a column no longer stored, is listed as undeclared, which
/// Identity.Tests refuses.
/// </summary>
public static class RecordOfProcessing
{
    public static IEndpointRouteBuilder MapRecordOfProcessing(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/users/record-of-processing", Read).WithTags("Record of processing").RequireAuthorization(Policies.ReadAccessLog).Paged();
        return app;
    }

    /// <summary>Every personal field Identity stores, by table and column: what it holds, why, and who reads it.</summary>
    public static Ok<IReadOnlyList<PersonalField>> Read(IdentityStore store) => TypedResults.Ok(Of(store.Model).Fields);

    public static (IReadOnlyList<PersonalField> Fields, IReadOnlyList<string> Undeclared) Of(IModel model)
    {
        var fields = new List<PersonalField>();
        var undeclared = new List<string>();
        var stored = model.GetEntityTypes().Where(e => e.GetTableName() is not null).ToList();
        foreach (var entity in stored)
        {
            var table = entity.GetTableName()!;
            var declared = StoredAccounts.Tables.FirstOrDefault(t => t.Name == table);
            foreach (var column in entity.GetProperties().Where(p => IsText(p.ClrType)).Select(p => p.Name))
            {
                var field = $"{table}.{column}";
                if (declared is { AboutNobody: not null })
                {
                    continue;
                }

                if (declared?.Columns.GetValueOrDefault(column) is not { } holds)
                {
                    undeclared.Add(field);
                }
                else if (holds.Data is { } data)
                {
                    fields.Add(new(table, field, declared.Kind, data, holds.Why, [.. Policies.RolesAllowedBy(declared.ReadBy)]));
                }
            }
        }

        undeclared.AddRange(StoredAccounts.Tables
            .SelectMany(t => t.Columns.Keys.Select(column => (t.Name, Column: column)))
            .Where(d => !stored.Any(e => e.GetTableName() == d.Name && e.FindProperty(d.Column) is not null))
            .Select(d => $"{d.Name}.{d.Column}: declared, but not stored"));
        return (fields, undeclared);
    }

    /// <summary>Text, or a list of text: what can hold a name or an address. Ids, numbers, flags and dates say what, not who.</summary>
    private static bool IsText(Type type) => type == typeof(string) || typeof(IEnumerable<string>).IsAssignableFrom(type);
}
