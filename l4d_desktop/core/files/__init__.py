"""Files the program writes: owner-only, atomic, in private temporary folders; spreadsheet CSV."""
