#!/bin/bash
# figure: slow
# import.sh at full size: 1,000,000 acts (2.45 M rows), once. Claim and
# margin: at most 1.8 times the plain insert's CPU time and 350 MB (the
# streaming import measured 304 MB here; it held 2.3 GB when it decoded
# the whole bundle before writing it).
exec "$(dirname "$0")/import.sh" 1000000 1 1.8 350
