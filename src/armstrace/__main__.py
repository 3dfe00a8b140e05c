"""``python -m armstrace`` runs the CLI."""

from armstrace.cli import main

main()
