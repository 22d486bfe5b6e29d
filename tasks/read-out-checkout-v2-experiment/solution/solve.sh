#!/usr/bin/env bash
# Reference solution: ask Elena (leave out testers and 0-session users), fill the readout, tell Hannah it is not
# significant.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ask_elena
readout --message "$(message "Hi Hannah, checkout v2 readout (testers and users who never reached checkout excluded): control converted {control}, treatment {treatment}, a relative lift of {lift}. The two-sided z-test gives p = {p}, so the difference is not statistically significant at the 95% level. I wouldn't ship on this evidence alone. Details: Data/Experiments/Checkout_v2_Readout.csv")"
