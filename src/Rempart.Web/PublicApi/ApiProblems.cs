namespace Rempart.Web.PublicApi;

/// <summary>The public API's errors, as RFC 9457 problem details in French.</summary>
public static class ApiProblems
{
    public const string TypeBase = "https://rempart.example/problemes/";

    public static IResult Of(int status, string kind, string title, string? detail = null, IDictionary<string, string[]>? errors = null) =>
        errors is null
            ? Results.Problem(title: title, detail: detail, statusCode: status, type: TypeBase + kind)
            : Results.ValidationProblem(errors, detail, title: title, type: TypeBase + kind, statusCode: status);

    public static IResult MissingKey() => Of(StatusCodes.Status401Unauthorized, "cle-absente", "Clé d'API absente ou invalide",
        "Envoyez la clé donnée par l'Union dans l'en-tête X-Api-Key.");

    public static IResult Scope(string scope) => Of(StatusCodes.Status403Forbidden, "droit-manquant", "Cette clé ne permet pas cette opération",
        $"Il lui faut le droit « {scope} ».");

    public static IResult Origin() => Of(StatusCodes.Status403Forbidden, "origine-refusee", "Cette clé n'est pas autorisée depuis cette origine");

    public static IResult NotFound(string what) => Of(StatusCodes.Status404NotFound, "introuvable", $"{what} introuvable", "Il n'existe pas, ou n'est pas publié.");
}
