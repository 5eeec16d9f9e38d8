#!/usr/bin/env bash
# Generates a throw-away dev CA and a server certificate for localhost / 127.0.0.1
# (ECDSA P-256) under the given directory. Private keys stay in .build/ (git-ignored).
set -euo pipefail
dir=${1:-.build/certs}
mkdir -p "$dir"
cd "$dir"
[ -s server.crt ] && [ -s server.key ] && [ -s ca.crt ] && exit 0
umask 077
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 3650 \
  -subj "/CN=botwall dev CA" -keyout ca.key -out ca.crt 2>/dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
  -subj "/CN=localhost" -keyout server.key -out server.csr 2>/dev/null
printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' > ext.cnf
openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 825 \
  -extfile ext.cnf -out server.crt 2>/dev/null
chmod 644 ca.crt server.crt
echo "generated dev certificates in $dir"
