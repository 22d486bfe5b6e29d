"""Partial: updates the directory (both changes, right), but neither the org chart nor the ticket."""
import sys

sys.path.insert(0, "/tmp/workfloor-solution")
from common import directory, updated_rows, write_directory

fields, rows = directory()
write_directory(fields, updated_rows(rows))
print("directory updated")
