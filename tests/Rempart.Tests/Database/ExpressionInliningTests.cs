using System.Linq.Expressions;
using Rempart.Data.Database;

namespace Rempart.Tests.Database;

public class ExpressionInliningTests
{
    private static readonly Expression<Func<int, int, bool>> Above = (value, floor) => value > floor;

    private static bool Marker(int value, int floor) => throw new InvalidOperationException("replaced");

    [Fact]
    public void Inline_PutsTheRuleInPlaceOfEachCall_WithTheCallsArguments()
    {
        Expression<Func<int[], int, int>> query = (values, floor) => values.Count(v => Marker(v, floor)) + values.Count(v => Marker(v * 2, 10));

        var inlined = ExpressionInlining.Inline(query, (Func<int, int, bool>)Marker, Above).Compile();

        Assert.Equal(2 + 2, inlined([4, 5, 6, 7], 5)); // 6 and 7 above 5; 12 and 14 above 10
    }

    [Fact]
    public void Inline_RefusesARuleWhoseParametersDoNotMatchTheCall()
    {
        Expression<Func<int, bool>> one = value => value > 0;
        Expression<Func<int, bool>> query = v => Marker(v, 1);

        Assert.Throws<ArgumentException>(() => ExpressionInlining.Inline(query, (Func<int, int, bool>)Marker, one));
    }

    [Fact]
    public void Replace_ChangesOnlyTheParameterNamed()
    {
        var body = Above.Body.Replace(Above.Parameters[1], Expression.Constant(3));

        var rule = Expression.Lambda<Func<int, bool>>(body, Above.Parameters[0]).Compile();

        Assert.True(rule(4));
        Assert.False(rule(3));
    }
}
