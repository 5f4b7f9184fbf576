using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Rempart.Data.Database;

/// <summary>
/// A query compiled ahead (EF.CompileAsyncQuery), once for each model it runs against: a compiled
/// query belongs to the model of its first run, and SQLite's model is not PostgreSQL's (the tests and
/// the benchmark use both in one process).
/// </summary>
internal sealed class CompiledQuery<TQuery>(Func<TQuery> compile) where TQuery : Delegate
{
    private readonly ConditionalWeakTable<IModel, TQuery> compiled = [];

    public TQuery For(DbContext db) => compiled.GetValue(db.Model, _ => compile());
}
