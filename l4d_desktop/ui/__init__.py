"""Qt face of the program: windows, tabs, dialogs and table models over the core services."""
