#!/bin/sh
# Makes the S3-compatible test server available: the blob/s3 tests (and any
# test using blob/s3/s3test) start versitygw themselves on a free loopback
# port when it is on PATH or named by RASTRO_TEST_VERSITYGW, and skip otherwise.
#
#   . .ci/s3-server.sh     # installs if needed and exports RASTRO_TEST_VERSITYGW
set -e
gobin="$(go env GOBIN)"
[ -n "$gobin" ] || gobin="$(go env GOPATH)/bin"
if [ ! -x "$gobin/versitygw" ]; then
	echo "installing versitygw (about 80 s)…" >&2
	go install github.com/versity/versitygw/cmd/versitygw@latest
fi
RASTRO_TEST_VERSITYGW="$gobin/versitygw"
export RASTRO_TEST_VERSITYGW
"$RASTRO_TEST_VERSITYGW" --version >&2
