"""Task state: the vendor's statement, our AP ledger, an invoice copy and the reconciliation template."""

import sys
from pathlib import Path

sys.path.insert(0, "/utils")

from grading.clients.files import FilesClient
from grading.credentials import admin

DATA = Path("/utils/task/data")
UPLOADS = {
    "rendered/Plains_Office_Supply_Statement_2026-11-20.pdf":
        "Finance/Vendors/Statements/Plains_Office_Supply_Statement_2026-11-20.pdf",
    "rendered/AP_Ledger_Plains_Office_Supply_2026.xlsx": "Finance/AP/AP_Ledger_Plains_Office_Supply_2026.xlsx",
    "rendered/Plains_Office_Supply_INV-4447.pdf": "Finance/AP/Invoices/Plains_Office_Supply_INV-4447.pdf",
    "Vendor_Reconciliation_Template.md": "Templates/Vendor_Reconciliation_Template.md",
}
files = FilesClient(*admin())
for source, target in UPLOADS.items():
    files.upload(target, (DATA / source).read_bytes())
print(f"populate_data: {len(UPLOADS)} files uploaded")
