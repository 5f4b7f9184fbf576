using Microsoft.Extensions.Localization;

namespace Rempart.Web.Programming;

/// <summary>An enum value with its label from the resources (key prefix + value name), for drop-downs.</summary>
public sealed record EnumChoice<T>(T Value, string Label) where T : struct, Enum
{
    public static IReadOnlyList<EnumChoice<T>> All(IStringLocalizer localizer, string keyPrefix) =>
        Enum.GetValues<T>().Select(v => new EnumChoice<T>(v, localizer[keyPrefix + v])).ToList();
}
