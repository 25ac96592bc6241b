"""The only part of the program that knows the database engine: the database object, models, settings, migrations, backup, locks and the start-up probe."""
