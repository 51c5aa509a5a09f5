#!/usr/bin/env bash
# Install everything the tests need, then run them (no GPU, no model hub needed).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh --dev
exec .venv/bin/python -m pytest "$@"
