"""Another correct way: pandas, the column written without trailing zeros, the answer with a newline."""
import pandas as pd

path = "/workspace/lunch_receipts.csv"
frame = pd.read_csv(path)
frame["per_person"] = (frame["amount_eur"] / frame["attendees"]).round(2)
frame.to_csv(path, index=False)
best = frame.loc[frame["per_person"].idxmax(), "date"]
with open("/workspace/answer.txt", "w") as fh:
    fh.write(f"  {best}\n")
