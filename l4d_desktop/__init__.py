"""L4D Desktop: Lean 4D Oy's customer register and data subject request desk."""

__version__ = "0.1.0"
APP_NAME = "L4D Desktop"
ORG_NAME = "Lean 4D"
