"""The text of the files ``harness task new`` writes (``str.format`` templates; ``{{ }}`` is a literal brace).

Every placeholder the author must replace says ``TODO`` and what to write; the stubs that would give
credit (evaluator, solutions) fail instead, each with a message naming the file and what to fill in.
"""

from __future__ import annotations

GUIDE = "docs/authoring.md"

TASK_TOML = '''name = "{name}"
version = "1.0.0"             # bump it when you publish a changed task (it is the image tag)
title = "TODO: what the examinee does, in one line"
role = "{role}"
difficulty = "{difficulty}"
services = [{services}]
expected_steps = 10           # TODO: the steps a strong agent needs

[timeouts]                    # seconds
agent = 1800                  # the examinee's whole turn
command = 120                 # one shell command of an llm/http agent
init = 300                    # service reset + hooks
eval = 300                    # grading
'''

TASK_MD = '''TODO (task author): replace this file with the request, written the way the colleague or manager who
needs the work would write it to Kai Morgan, the Operations Associate the examinee plays: what they want
and why, and where things are only as much as a real request would say. See {guide}, "The instruction".
'''

RUBRIC = '''# Rubric: {name}

TODO: for reviewers, the situation after init (what the hooks set up, what a colleague says only when
asked) and what a correct result looks like.

Scoring: plain sum (2 points).

## Checkpoint 1 (1 point)
TODO: what earns this point, precisely enough that a reviewer can check evaluator.py against it.

## Checkpoint 2 (1 point)
TODO: what earns this point; say which deterministic fallback an LLM-judged check uses.

The do-nothing agent scores 0.

## Solutions
- `partial.sh`: 0.5 — TODO: what it leaves out (the figure is the share of points: here 1 of 2)
- `alt-example.sh`: full — TODO: the other correct way it takes (rename the file to alt-WHAT.sh)
- `wrong-example.sh`: loses 2 — TODO: the plausible near miss it makes (rename to wrong-WHAT.sh)
- `game-example.sh`: loses 1, 2 — TODO: how it tries to game the checks (rename to game-WHAT.sh)
- `null`: 0
'''

EVALUATOR = '''"""Grades {name}. TODO (task author): say in one line what is graded and where."""

from grading import Checkpoint, Result, admin, examinee, grader
{imports}
STUB = ("evaluator.py is a stub: write {{}}() so that it checks checkpoint {{}} of checkpoints.md (return True/False "
        "or the points earned) and delete this raise; see {guide}")


@grader
def checkpoint_1() -> bool:
{example_1}    raise NotImplementedError(STUB.format("checkpoint_1", 1))


@grader
def checkpoint_2() -> bool:
{example_2}    raise NotImplementedError(STUB.format("checkpoint_2", 2))


def grade_checkpoints(trajectory=""):
    return Result([
        Checkpoint(1, int(checkpoint_1())),
        Checkpoint(1, int(checkpoint_2())),
    ])
'''

IMPORTS = {
    "chat": "from grading.clients.chat import login",
    "tracker": "from grading.clients.tracker import TrackerClient",
    "files": "from grading.clients.files import FilesClient",
    "git": "from grading.clients.git import GitClient",
}

EXAMPLES = {  # a commented example check per service (graders log in with admin(), never a password)
    "": '''    # e.g. the answer file the examinee left in /workspace (a declared output):
    #   return Path("/workspace/answer.txt").read_text(encoding="utf-8").strip() == "2026-08-14"
''',
    "chat": '''    # e.g. the examinee sent Marcus a direct message:
    #   with login(*admin()) as chat:
    #       return "marcus.webb" in chat.contacted_people(username=examinee().username)
''',
    "tracker": '''    # e.g. a ticket was handed over:
    #   issue = TrackerClient(*admin()).find_issue("fieldday", "Move CI runners to the new build machines")
    #   return issue is not None and issue.assignee == "tomas.lindqvist"
''',
    "files": '''    # e.g. a report was uploaded to the file share:
    #   files = FilesClient(*admin())
    #   return files.exists("Reports/summary.md") and "Total" in files.download_text("Reports/summary.md")
''',
    "git": '''    # e.g. the fix was pushed to a branch:
    #   gitc = GitClient(*admin())
    #   return any(b.name == "fix-last-slot" for b in gitc.branches("dispatch-core"))
''',
}

HOOK = '''"""Task state put into the services after their reset; run by init.sh with python_default as root.

TODO (task author): create what the task needs (tickets, messages, files, commits) or delete this file.
Take every date from the company's clock (late November 2026), never from date.today(). Log in with
admin() (acting as a colleague where the record must be theirs); never write a password here.
"""

from datetime import date  # noqa: F401  (for the dates of the examples)

from grading.credentials import admin  # noqa: F401
{imports}
# Examples:
{examples}print("populate_data: nothing to set up yet")
'''

HOOK_EXAMPLES = {
    "chat": '''# with login(*admin()) as felix, felix.act_as("marcus.webb") as chat:       # sent by Marcus
#     chat.send_message("engineering", "heads-up: i'm out from monday 11-23 to 12-04")
''',
    "tracker": '''# tracker = TrackerClient(*admin(), act_as="marcus.webb")                    # filed by Marcus
# tracker.create_issue("fieldday", "Rotate the staging database credentials", "Yearly rotation.",
#                      assignee="marcus.webb", start_date=date(2026, 11, 2), due_date=date(2026, 11, 10))
''',
    "files": '''# FilesClient(*admin()).upload("Finance/Expenses/October.csv", "date,amount\\n2026-10-02,18.40\\n")
''',
    "git": '''# GitClient(*admin()).create_repo("scratch", "A repository the task needs")  # push with git as admin()
''',
}

SCENARIOS = '''# The private brief of the simulated colleague(s): encrypted in the image, never seen by the examinee.
# TODO (task author): rewrite it for your task, or delete this file if nobody has to answer in chat.
# Reference: {guide}, "Colleagues".
colleagues:
  # who answers direct messages (only DMs); must be in servers/company/people.yaml
  - username: {colleague}
    scenario: |
      TODO: what you know, what is going on for you today, what you say only when asked.
    facts:                  # what a reply must state correctly when the examinee asks about it
      - statement: "TODO: replace with a fact, e.g. The review is due on 2026-12-04."
        values: ["2026-12-04"]
        asked: "due|deadline|when"
    offline_replies:        # without an environment LLM: the first rule whose match is found answers
      - match: "due|deadline|when"
        reply: "TODO: the scripted answer, e.g. The review is due on 2026-12-04."
    offline_default: "TODO: the answer to anything else, e.g. Hi! What do you need?"
'''

SOLUTION_HEAD = '''#!/usr/bin/env bash
# {kind_line}
# Runs in the task container as the examinee (Kai Morgan): cwd /workspace, with SERVER_HOSTNAME,
# WORKFLOOR_USERNAME and WORKFLOOR_PASSWORD set; the other files of solution/ are in the same folder.
# Python with the grading clients: exec python_default "$(dirname "$0")/solution.py"
set -euo pipefail
echo "solution/{file} is a stub: {todo}; see {guide}" >&2
exit 1
'''

SOLUTIONS = {  # file -> (what kind it is, what the author must write)
    "solve.sh": ("Reference solution (kind: full). It must score 1.0.",
                 "write the reference solution (it must score 1.0)"),
    "partial.sh": ("Partial solution (kind: partial). It must score exactly the figure given for it in "
                   "checkpoints.md (## Solutions).",
                   "write a solution that earns some checkpoints only, and put its score in checkpoints.md"),
    "alt-example.sh": ("Another correct solution (kind: alt): another phrasing, format, order or tool. It must "
                       "score 1.0.", "write another correct way to do the task and rename the file alt-WHAT.sh"),
    "wrong-example.sh": ("A plausible near miss (kind: wrong). It must lose the checkpoints checkpoints.md names "
                         "for it.", "write a near miss and rename the file wrong-WHAT.sh"),
    "game-example.sh": ("An attempt to game the checks (kind: game). It must lose the checkpoints (or stay under "
                        "the cap) checkpoints.md names for it.",
                        "write an attempt to game the checks and rename the file game-WHAT.sh"),
}
