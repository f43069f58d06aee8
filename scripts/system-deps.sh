#!/usr/bin/env bash
# Install what the tests need beyond Python packages: Debian's chromium, Java 17 and
# Maven, and the Neo4j 5.26 jars (Maven Central). Safe to run again: it skips what is there.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
if ! command -v chromium >/dev/null 2>&1; then
  echo "system-deps: installing Debian chromium" >&2
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
fi
if ! command -v java >/dev/null 2>&1 || ! command -v mvn >/dev/null 2>&1; then
  echo "system-deps: installing Java 17 and Maven (for the Neo4j server)" >&2
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq openjdk-17-jdk-headless maven >/dev/null
fi
# Neo4j server jars (a no-op once ~/.m2 and the launcher are in place)
"$here/.venv/bin/python" -m policykg.neo4j.server prepare
