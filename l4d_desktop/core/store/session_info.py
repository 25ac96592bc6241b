"""Keys the store puts in every session's `info`, for code that must find the register's files."""

# The path this computer's own files of the register are named after (for SQLite the database
# file itself; for a server a name in its local folder).
LOCAL_PATH_KEY = "l4d_local_path"
