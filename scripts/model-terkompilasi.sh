#!/usr/bin/env bash
# Regenerates the EF Core models compiled ahead of time (decision 63), one per provider, from the entity
# configurations. Run after any change to an entity or its configuration (and after adding a migration);
# the test ModelTerkompilasiTests fails until then. Also writes the schema script beside each model. Usage: scripts/model-terkompilasi.sh
set -euo pipefail
cd "$(dirname "$0")/.."
for pair in sqlite:Sqlite postgres:Postgres; do
  provider=${pair%%:*}
  name=${pair##*:}
  out=src/Tolok/ModelTerkompilasi/$name
  # The old files stay while the tool builds the project (Database.cs names the models); the files it did not
  # write again (an entity removed) are deleted afterwards.
  marker=$(mktemp)
  Database__Provider=$provider dotnet dotnet-ef dbcontext optimize --project src/Tolok --startup-project src/Tolok \
    --context TolokDb --output-dir "ModelTerkompilasi/$name" --namespace "ModelTerkompilasi.$name"
  find "$out" -name '*.cs' ! -newer "$marker" -delete
  rm -f "$marker"
  # Two compiled models: Tolok chooses one by provider (Database.Configure), not by the assembly attribute.
  rm -f "$out/TolokDbAssemblyAttributes.cs"
  touch "$out/skema.sql"
done
# The script a new database is created from: the schema the configurations give, the migrations history and a row per
# migration (written by the test; it must follow every new migration).
TOLOK_PERBARUI_MODEL=1 dotnet test tests/Tolok.Tests --filter "FullyQualifiedName~ModelTerkompilasiTests.The_schema_script"
