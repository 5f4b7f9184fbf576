namespace Rempart.Domain.Programming;

/// <summary>Who a worksite is meant for.</summary>
public enum Audience
{
    Adults,
    Teenagers,
    Families,
    International,
}
