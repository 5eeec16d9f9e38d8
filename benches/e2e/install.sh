#!/usr/bin/env bash
# Load generators and the fast backend for `make bench` (Debian packages).
set -euo pipefail
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v h2load >/dev/null || missing+=(nghttp2-client)
command -v nginx >/dev/null || missing+=(nginx-light)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  # the package starts a system nginx on :80; the bench runs its own on loopback
  (service nginx stop || pkill -x nginx || true) >/dev/null 2>&1
fi
