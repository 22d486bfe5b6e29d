# Shared by the solutions.
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ask_elena() {
  python_default -m grading.clients.chat ask elena.popescu \
    "Hi Elena, I'm doing the checkout v2 readout for Raj. Which users should I count in the analysis, and is there anything to exclude?"
}
readout() { python_default "$HERE/readout.py" "$@"; }
message() { printf '%s\n' "$1" > /tmp/hannah.txt; echo /tmp/hannah.txt; }
