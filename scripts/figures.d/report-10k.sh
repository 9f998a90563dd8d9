#!/bin/bash
# figure: slow
# report.sh at full size: 10,000 incidents and 50,000 acts.
exec "$(dirname "$0")/report.sh" 10000 1.5
