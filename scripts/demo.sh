#!/usr/bin/env bash
# The demo: what skiff can do so far, on the embedded defaults.
set -euo pipefail
skiff=${1:-bin/skiff}
"$skiff" version
