#!/bin/bash
# figure: slow
# import.sh at full size: 1,000,000 acts (2.45 M rows), once. Claim and
# margin: at most 1.8 times the plain insert's CPU time and 2,600 MB, what
# an import that decodes the whole bundle before writing it needs.
exec "$(dirname "$0")/import.sh" 1000000 1 1.8 2600
