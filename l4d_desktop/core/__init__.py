"""Qt-free core: models, migrations, services and rules."""
