# Shared by the solutions.
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ask_victor() {
  python_default -m grading.clients.chat ask victor.mendes \
    "Hi Victor, Nina asked me to file notice tickets for the vendor contracts ending between April and June 2027. Do we renew or cancel Haymarket Cleaning, Prairie Coffee Service, Lincoln Secure Shred, Bluestem Office Plants and Capitol Access Systems?"
}
notices() { python_default "$HERE/notices.py" "$@"; }
