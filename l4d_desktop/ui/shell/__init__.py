"""The frame of the program: login, the main window, the idle lock and the session."""
