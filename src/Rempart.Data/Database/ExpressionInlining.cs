using System.Linq.Expressions;
using System.Reflection;

namespace Rempart.Data.Database;

/// <summary>
/// Puts a rule written once as an expression (a filter with parameters) into other expressions:
/// in place of one of its parameters, or in place of calls to a marker method inside a query that
/// EF compiles ahead (EF.CompileAsyncQuery takes a lambda, and a lambda cannot call an expression).
/// </summary>
internal static class ExpressionInlining
{
    /// <summary><paramref name="body"/> with every use of <paramref name="parameter"/> replaced by <paramref name="with"/>.</summary>
    public static Expression Replace(this Expression body, ParameterExpression parameter, Expression with) =>
        new ParameterReplacer(parameter, with).Visit(body);

    /// <summary>
    /// <paramref name="query"/> with every call to <paramref name="marker"/> replaced by the body of
    /// <paramref name="rule"/>, its parameters bound to the call's arguments.
    /// </summary>
    public static Expression<TDelegate> Inline<TDelegate>(Expression<TDelegate> query, Delegate marker, LambdaExpression rule) =>
        (Expression<TDelegate>)new MarkerInliner(marker.Method, rule).Visit(query);

    private sealed class ParameterReplacer(ParameterExpression parameter, Expression with) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? with : node;
    }

    private sealed class MarkerInliner(MethodInfo marker, LambdaExpression rule) : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method != marker) return base.VisitMethodCall(node);
            if (node.Arguments.Count != rule.Parameters.Count) throw new ArgumentException($"{marker.Name} takes {node.Arguments.Count} arguments, the rule {rule.Parameters.Count}.");
            var body = rule.Body;
            for (var i = 0; i < node.Arguments.Count; i++) body = body.Replace(rule.Parameters[i], Visit(node.Arguments[i]));
            return body;
        }
    }
}
