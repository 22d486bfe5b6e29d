# Shared by the solutions.
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ask_chloe() {
  python_default -m grading.clients.chat ask chloe.tran \
    "Hi Chloe, I'm cleaning up the technician-app photo bugs in FieldDay for Omar. Are the large-photo upload failures, the offline crash and the rotated photos on the board the same bug, or different ones?"
}
bugs() { python_default "$HERE/bugs.py" "$@"; }
tell_omar() { printf '%s\n' "$1" > /tmp/omar.txt; bugs tell /tmp/omar.txt; }
