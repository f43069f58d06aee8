"""``policykg doctor``: a thin skin over :func:`policykg.doctor.run_checks`."""

from __future__ import annotations

import click


@click.command()
@click.option("--strict", is_flag=True,
              help="Fail on the optional checks too (Java, Maven, Neo4j jars, Chromium: what `make test` needs).")
@click.option("--no-packages", is_flag=True, help="Skip importing the Python dependencies (faster).")
def doctor(strict, no_packages):
    """Check the environment: Python packages, Java 17+, Maven, the Neo4j jars,
    a Neo4j server named by NEO4J_URI, and Chromium.

    Prints one line per check (ok / missing / fail / skip, and how to get what
    is missing).  Exit code 0 when every required check passes, 1 otherwise.

    Example: policykg doctor --strict
    """
    from policykg.doctor import exit_code, run_checks  # imported on use: `policykg --help` stays fast

    checks = run_checks(packages=not no_packages)
    for check in checks:
        click.echo(check.line())
    code = exit_code(checks, strict=strict)
    failed = [c.name for c in checks if not c.passed and (c.required or strict)]
    click.echo(f"policykg doctor: {'all required checks passed' if not code else 'needs: ' + ', '.join(failed)}",
               err=True)
    return code
