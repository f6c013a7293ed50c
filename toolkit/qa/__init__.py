"""``toolkit check``: running the checks of :mod:`toolkit.checks` over catalogs.

* :mod:`~toolkit.qa.config` - ``[tool.toolkit.check]`` -> :class:`CheckConfig`
* :mod:`~toolkit.qa.select` - which checks run where (the precedence table)
* :mod:`~toolkit.qa.ignores` - ``# toolkit: ignore[...]`` comments
* :mod:`~toolkit.qa.files` - which files, which languages
* :mod:`~toolkit.qa.runner` - the run itself (process pool, per-locale groups)
* :mod:`~toolkit.qa.fix` - ``--fix`` / ``--diff``
* :mod:`~toolkit.qa.baseline` - ``--baseline`` / ``--write-baseline``
* :mod:`~toolkit.qa.command` - the whole command as one library call

Reports are rendered by :mod:`toolkit.report`; the CLI is :mod:`toolkit.cli.check`.
"""
