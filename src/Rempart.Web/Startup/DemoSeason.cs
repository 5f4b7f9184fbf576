namespace Rempart.Web.Startup;

/// <summary>Demo data covers two seasons: the last one and the coming one.</summary>
public static class DemoSeason
{
    public static int First(TimeProvider clock) => clock.GetUtcNow().Year - (clock.GetUtcNow().Month >= 10 ? 0 : 1);
}
