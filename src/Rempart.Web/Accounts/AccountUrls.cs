namespace Rempart.Web.Accounts;

/// <summary>The account pages' addresses, in French like every address users see.</summary>
public static class AccountUrls
{
    public const string Login = "/compte/connexion";
    public const string Logout = "/compte/deconnexion";
    public const string AccessDenied = "/compte/acces-refuse";
    public const string ForgotPassword = "/compte/mot-de-passe-oublie";
    public const string ForgotPasswordSent = "/compte/mot-de-passe-oublie/envoye";
    public const string ResetPassword = "/compte/reinitialiser-mot-de-passe";
    public const string ResetPasswordDone = "/compte/reinitialiser-mot-de-passe/termine";
    public const string Security = "/compte/securite";
    public const string MyData = "/compte/mes-donnees";
    public const string MyDataExport = "/compte/mes-donnees/export.json";
    public const string MyDataExportPdf = "/compte/mes-donnees/export.pdf";
    public const string Activate = "/compte/activer";
    public const string ActivateDone = "/compte/activer/termine";
}
