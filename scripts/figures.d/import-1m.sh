#!/bin/bash
# figure: slow
# import.sh at full size: 1,000,000 acts (2.45 M rows). Claim and margin:
# at most 2.0 times the plain insert's time and 2,500 MB, what the
# import that decodes the whole bundle before writing it needs.
exec "$(dirname "$0")/import.sh" 1000000 2.0 2500
