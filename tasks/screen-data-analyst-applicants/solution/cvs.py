"""Shared helper (python3): download applicants.csv and every CV, print them as JSON with each CV's text.

Usage: python3 cvs.py  ->  [{"applicant_id": ..., "name": ..., "cv": "<text>"}, ...]
"""

import csv
import io
import json
import os

import docx
import pypdf
import requests

FILES = "http://tallgrass.test:3923"
DIR = "HR/Recruiting/Data_Analyst_2026"
AUTH = (os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"])


def fetch(name: str) -> bytes:
    response = requests.get(f"{FILES}/{DIR}/{name}", auth=AUTH, timeout=30)
    response.raise_for_status()
    return response.content


def text_of(name: str) -> str:
    data = io.BytesIO(fetch(name))
    if name.endswith(".pdf"):
        return "\n".join(page.extract_text() for page in pypdf.PdfReader(data).pages)
    return "\n".join(p.text for p in docx.Document(data).paragraphs)


applicants = list(csv.DictReader(io.StringIO(fetch("applicants.csv").decode("utf-8"))))
print(json.dumps([{"applicant_id": a["applicant_id"], "name": a["name"], "cv": text_of(a["cv_file"])}
                  for a in applicants]))
