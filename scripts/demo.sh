#!/usr/bin/env bash
# Install videochat, generate a sample clip (shots, on-screen words, speech) transcribe it, describe it and ask a question about it (offline).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
command -v espeak-ng >/dev/null || { sudo=""; [ "$(id -u)" != 0 ] && sudo="sudo";
  $sudo apt-get install -y -qq espeak-ng >/dev/null 2>&1 || { $sudo apt-get update -qq && $sudo apt-get install -y -qq espeak-ng >/dev/null; }; }
clip=${1:-sample.mp4}
if [ ! -f "$clip" ]; then
  .venv/bin/python - "$clip" <<'PY'
import sys
sys.path.insert(0, "tests")
from pathlib import Path
from media import make_clip
spec = make_clip(Path(sys.argv[1]))
print(f"generated {sys.argv[1]}: {spec.duration:.0f} s, cuts at {spec.cuts}, words {spec.words}", file=sys.stderr)
PY
fi
.venv/bin/videochat transcript "$clip"
.venv/bin/videochat describe "$clip"
.venv/bin/videochat ask "$clip" "When does the word WORLD first appear on screen?"
