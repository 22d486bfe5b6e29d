"""Task state: five technician-app photo bugs in FieldDay, filed by support (through the administrator).

Filed in the order of the reports, so the first report also has the lowest number. Three are the same bug (large
photos fail to upload: the upload endpoint's 10 MB request limit); the offline crash and the rotated thumbnails
are different bugs (Chloe says so when asked).
"""

import sys
from datetime import date

sys.path.insert(0, "/utils")

from grading.clients.tracker import TrackerClient
from grading.credentials import admin

BUGS = [  # (reporter, reported, subject, description)
    ("sofia.alvarez", date(2026, 11, 23), "Technician app: photo upload times out for large images",
     "Customer: Prairie Sky HVAC (iOS 17).\n\nPhotos over about 10 MB never finish uploading to the job: the "
     "spinner runs for a minute, then \"Upload failed\". Small photos upload fine."),
    ("omar.haddad", date(2026, 11, 24), "Android: large job photos fail to upload",
     "Customer: Bluestem Plumbing (Android 14).\n\nAttaching a 12 MP photo (about 11 MB) to a job fails after a "
     "minute with \"Network error\". Smaller photos are fine; Wi-Fi or mobile data makes no difference."),
    ("sofia.alvarez", date(2026, 11, 25), "App crashes when attaching a photo while offline",
     "Customer: Cedar Ridge Electric (Android 14).\n\nA technician in a basement with no signal attaches a photo "
     "to the job and the app closes at once. After reopening, the photo is gone. Happens with small photos too."),
    ("omar.haddad", date(2026, 11, 26), "Upload spinner never stops when attaching big pictures",
     "Customer: Cedar Ridge Electric (iOS 17).\n\nAttaching three photos straight from the camera (about 15 MB "
     "each) spins forever. Compressing them first works."),
    ("sofia.alvarez", date(2026, 11, 27), "Job photos show rotated 90 degrees on the dispatcher board",
     "Customer: Prairie Sky HVAC.\n\nPortrait photos taken in the app appear sideways in the job's photo strip on "
     "the dispatcher board (web). In the app they look right."),
]

for reporter, reported, subject, description in BUGS:
    tracker = TrackerClient(*admin(), act_as=reporter)
    if tracker.find_issue("fieldday", subject) is None:
        tracker.create_issue("fieldday", subject, f"Reported {reported.isoformat()}.\n\n{description}",
                             tracker="Bug", status="New", priority="Normal", version="4.13", start_date=reported)
print(f"populate_data: {len(BUGS)} photo bugs filed")
