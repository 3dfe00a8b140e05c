"""Training scripts for the learned components (run from the repository root:
``.venv/bin/python -m train.claims``, or ``make train``)."""
