#!/usr/bin/env bash
# Builds Concord if needed and starts the whole platform on this machine: embedded Kafka and PostgreSQL (data kept
# in .concord/), a model-sim swarm and the five services. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q package -DskipTests
exec java -Xmx768m -jar local-platform/target/local-platform.jar "$@"
