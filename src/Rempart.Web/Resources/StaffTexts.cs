namespace Rempart.Web.Resources;

/// <summary>
/// The back-office's texts (StaffTexts.resx): staff pages exist in French only, so unlike
/// <see cref="Texts"/> these have no English file.
/// </summary>
public sealed class StaffTexts;
