"""Package discovery; everything else is in pyproject.toml.

The code packages are discovered, so a new subpackage can never be left out
of the wheel. The rule catalog lives in the top-level ``rules/`` folder (data,
edited by people who never touch the code) and is installed as the
``msgraph_lint.rules`` package, which ``package-dir`` maps; discovery cannot
express that mapping, hence this file.
"""
from setuptools import find_packages, setup

CATALOG = ["msgraph_lint.rules", "msgraph_lint.rules.tables"]

setup(packages=find_packages(include=["msgraph_lint", "msgraph_lint.*"]) + CATALOG)
