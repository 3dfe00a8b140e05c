"""``python -m armstrace`` runs the command line."""

from armstrace.console import main

main()
