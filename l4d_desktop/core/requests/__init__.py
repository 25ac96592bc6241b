"""Data subject requests: intake, deadlines, workflow, timeline, actions and the Art. 19 recipients."""
