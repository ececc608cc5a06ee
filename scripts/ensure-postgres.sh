#!/usr/bin/env bash
# Makes a PostgreSQL server available for Concert's storage tests and exports its connection string.
#
# Run as root (CI and the development machines are). Installs Debian's postgresql when missing, starts a cluster on
# 127.0.0.1:5432 as the postgres user when none is running, and creates the role and database concert_test (the role
# may create databases, so tests can start from an empty one). Source it to get CONCERT_TEST_POSTGRES exported:
#   source scripts/ensure-postgres.sh
# or run it to print the connection string.

# The work runs in a subshell with strict options, so sourcing this file leaves the caller's shell options alone.
concert_ensure_postgres() (
  set -euo pipefail
  role=concert_test
  password=concert_test
  port=5432

  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    apt-get install -y postgresql >/dev/null || { apt-get update >/dev/null && apt-get install -y postgresql >/dev/null; }
  fi

  if ! pg_isready -h 127.0.0.1 -p "$port" -q; then
    version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
    if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$version main$"; then
      pg_createcluster "$version" main --port "$port" >/dev/null
    fi
    pg_ctlcluster "$version" main start
    for _ in $(seq 1 30); do
      pg_isready -h 127.0.0.1 -p "$port" -q && break
      sleep 1
    done
  fi

  su postgres -c "psql -q -p $port -v ON_ERROR_STOP=1" >/dev/null <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN
    CREATE ROLE $role LOGIN CREATEDB PASSWORD '$password';
  END IF;
END
\$\$;
SQL
  if ! su postgres -c "psql -p $port -tAc \"SELECT 1 FROM pg_database WHERE datname = '$role'\"" | grep -q 1; then
    su postgres -c "createdb -p $port -O $role $role"
  fi

  echo "Host=127.0.0.1;Port=$port;Database=$role;Username=$role;Password=$password"
)

CONCERT_TEST_POSTGRES=$(concert_ensure_postgres) || { echo "ensure-postgres: could not provide PostgreSQL" >&2; return 1 2>/dev/null || exit 1; }
export CONCERT_TEST_POSTGRES
echo "$CONCERT_TEST_POSTGRES"
