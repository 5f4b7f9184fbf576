#!/usr/bin/env bash
# Writes the compiled EF models of Rempart.Data, one per provider (src/Rempart.Data/CompiledModels/),
# which the application loads instead of building its model at every start. Run after any change to
# the entities or their configuration; CompiledModelTests fails until then.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet restore tools/Rempart.ModelCompiler >/dev/null
for provider in Sqlite Postgres; do
  # Written aside first: the project must still build (with the previous model) while EF compiles the new one.
  out="obj/CompiledModels/$provider"
  rm -rf "src/Rempart.Data/$out"
  REMPART_MODEL_PROVIDER=$provider dotnet ef dbcontext optimize \
    --project src/Rempart.Data --startup-project tools/Rempart.ModelCompiler \
    --output-dir "$out" --namespace "Rempart.Data.CompiledModels.$provider" \
    --context RempartDbContext --no-color
  # Two models for one context: the application chooses one by its provider (UseModel), so neither
  # may claim the context for itself, which EF would otherwise follow whatever the provider.
  rm "src/Rempart.Data/$out/RempartDbContextAssemblyAttributes.cs"
  rm -rf "src/Rempart.Data/CompiledModels/$provider"
  mv "src/Rempart.Data/$out" "src/Rempart.Data/CompiledModels/$provider"
done
