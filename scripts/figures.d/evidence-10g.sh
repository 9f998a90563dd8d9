#!/bin/bash
# figure: slow
# evidence.sh at full size: 2 GB of random bytes against sha256sum, peak
# memory on a 10 GB sparse file. Needs about 14 GB of disk in $TMPDIR.
exec "$(dirname "$0")/evidence.sh" 2048 10
