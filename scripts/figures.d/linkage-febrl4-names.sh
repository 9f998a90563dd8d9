#!/usr/bin/env bash
# figure: fast
# FEBRL 4a+4b on names, date of birth and suburb alone (no address, no
# SSN). The README claims recall 0.939 at precision 1.0; this fails below
# recall 0.925 or precision 0.995.
. "$(dirname "$0")/linkage-febrl4.lib"
febrl4 "names, birth date and suburb alone" \
	id=rec_id,given=given_name,surname=surname,birth=date_of_birth,place=suburb \
	0.995 0.925 given_key surname_key birth
