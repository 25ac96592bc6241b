"""Customer lists and web event files into the register: reading spreadsheets, the plan, the rows written."""
