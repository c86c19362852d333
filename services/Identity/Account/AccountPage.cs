using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;

namespace Safeguarding.Identity.Account;

/// <summary>A field the person must put right, and what to tell them.</summary>
public sealed record FieldError(string Field, string Message);

/// <summary>
/// The Identity service's few pages (sign in, set a password), laid out the GOV.UK way: one question per page, an
/// error summary at the top linking to each field, the message again beside the field, and nothing typed lost
/// except passwords. Plain HTML and one stylesheet of its own: no script, so they work in any browser.
/// </summary>
public static class AccountPage
{
    public const string StylesheetPath = "/account/account.css";

    public static IEndpointRouteBuilder MapAccountPages(this IEndpointRouteBuilder app)
    {
        app.MapGet(StylesheetPath, () => Results.Text(Stylesheet, "text/css; charset=utf-8")).AllowAnonymous().ExcludeFromDescription();
        app.MapSignInPage();
        app.MapSetPasswordPage();
        return app;
    }

    public static IResult Render(string title, string body, IReadOnlyList<FieldError> errors, int status = StatusCodes.Status200OK)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(errors.Count > 0 ? "Error: " : "").Append(Encode(title)).Append(" - Safeguarding Partnership QA</title>")
            .Append("<link rel=\"stylesheet\" href=\"").Append(StylesheetPath).Append("\"></head><body>")
            .Append("<a class=\"skip-link\" href=\"#main-content\">Skip to main content</a>")
            .Append("<header class=\"header\"><span class=\"header__service\">Safeguarding Partnership QA</span></header>")
            .Append("<main class=\"main\" id=\"main-content\">");
        if (errors.Count > 0)
        {
            html.Append("<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\"><h2 class=\"error-summary__title\">There is a problem</h2><ul>");
            foreach (var error in errors)
            {
                html.Append("<li><a href=\"#").Append(Encode(error.Field)).Append("\">").Append(Encode(error.Message)).Append("</a></li>");
            }

            html.Append("</ul></div>");
        }

        html.Append("<h1>").Append(Encode(title)).Append("</h1>").Append(body).Append("</main></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    public static string Encode(string? text) => HtmlEncoder.Default.Encode(text ?? "");

    public static string Form(string action, HttpContext http, IAntiforgery antiforgery, string fields, string button)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return $"<form method=\"post\" action=\"{Encode(action)}\" novalidate>"
            + $"<input type=\"hidden\" name=\"{Encode(tokens.FormFieldName)}\" value=\"{Encode(tokens.RequestToken)}\">"
            + fields
            + $"<button type=\"submit\" class=\"button\">{Encode(button)}</button></form>";
    }

    public static string Hidden(string name, string? value) => $"<input type=\"hidden\" name=\"{name}\" value=\"{Encode(value)}\">";

    public static string Input(string id, string label, string type, string autocomplete, string? value, IReadOnlyList<FieldError> errors, string? hint = null)
    {
        var error = errors.FirstOrDefault(e => e.Field == id);
        var describedBy = string.Join(' ', new[] { hint is null ? null : $"{id}-hint", error is null ? null : $"{id}-error" }.OfType<string>());
        return $"<div class=\"form-group{(error is null ? "" : " form-group--error")}\">"
            + $"<label class=\"label\" for=\"{id}\">{Encode(label)}</label>"
            + (hint is null ? "" : $"<div class=\"hint\" id=\"{id}-hint\">{Encode(hint)}</div>")
            + (error is null ? "" : $"<p class=\"error-message\" id=\"{id}-error\"><span class=\"visually-hidden\">Error:</span> {Encode(error.Message)}</p>")
            + $"<input class=\"input\" id=\"{id}\" name=\"{id}\" type=\"{type}\" autocomplete=\"{autocomplete}\" spellcheck=\"false\""
            + (describedBy.Length > 0 ? $" aria-describedby=\"{describedBy}\"" : "")
            + (error is null ? "" : " aria-invalid=\"true\"")
            + (value is null ? "" : $" value=\"{Encode(value)}\"")
            + "></div>";
    }

    // GOV.UK Frontend's look for the few components these pages use, so the sign-in page feels like the rest of the service.
    private const string Stylesheet = """
        body{margin:0;font-family:Arial,sans-serif;font-size:19px;line-height:1.32;color:#0b0c0c;background:#fff}
        .skip-link{position:absolute;left:-9999px}.skip-link:focus{position:static;display:block;padding:10px;background:#fd0;color:#0b0c0c}
        .header{background:#0b0c0c;color:#fff;padding:15px}.header__service{font-weight:700;font-size:24px}
        .main{max-width:640px;margin:0 auto;padding:30px 15px}
        h1{font-size:36px;margin:0 0 30px}
        .form-group{margin-bottom:30px}.form-group--error{border-left:5px solid #d4351c;padding-left:15px}
        .label{display:block;font-weight:700;margin-bottom:5px}.hint{color:#484949;margin-bottom:15px}
        .input{box-sizing:border-box;width:100%;height:40px;padding:5px;border:2px solid #0b0c0c;font-size:19px}
        .input:focus{outline:3px solid #fd0;box-shadow:inset 0 0 0 2px}
        .form-group--error .input{border-color:#d4351c}
        .error-message{color:#d4351c;font-weight:700;margin:0 0 15px}
        .error-summary{border:5px solid #d4351c;padding:20px;margin-bottom:30px}.error-summary:focus{outline:3px solid #fd0}
        .error-summary__title{margin-top:0;font-size:24px}.error-summary a{color:#d4351c;font-weight:700}
        .button{background:#00703c;color:#fff;border:0;box-shadow:0 2px 0 #002d18;padding:8px 10px;font-size:19px;cursor:pointer}
        .button:focus{outline:3px solid #fd0;background:#fd0;color:#0b0c0c}
        .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
        a{color:#1d70b8}a:focus{outline:3px solid #fd0;background:#fd0;color:#0b0c0c}
        """;
}
