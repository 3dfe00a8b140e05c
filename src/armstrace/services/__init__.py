"""Use cases: the stages wired together. The faces (cli, api, web, export) call these.

One module per group of use cases (``ingesting``, ``querying``, ``predicting``,
``screening`` ...) so that each stays small; this package is the one place that
imports more than one stage.
"""
