#!/bin/bash
# figure: slow
# import.sh at full size: 1,000,000 acts (2.45 M rows), once. Claim and
# margin: at most 1.5 times the plain insert's CPU time (measured 0.95)
# and 300 MB (the
# import measured about 150 MB here once it prepared each batch insert
# once per transaction and ran ANALYZE under its small page cache; it
# held 2.3 GB when it decoded the whole bundle before writing it).
exec "$(dirname "$0")/import.sh" 1000000 1 1.5 300
