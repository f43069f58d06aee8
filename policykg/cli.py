"""The ``policykg`` command line: a thin skin over library functions.

Commands live in :mod:`policykg.commands` modules and are found through the
explicit registry :data:`COMMANDS`; each is loaded only when it runs, so
``policykg --help`` stays fast.  Every user-caused error is a
:class:`~policykg.errors.PolicyKGError`, printed here as one line.
"""

from __future__ import annotations

import importlib
import sys

import click

from policykg.errors import PolicyKGError

#: command name → "module:attribute" of a click command.
COMMANDS: dict[str, str] = {
    "extract": "policykg.commands.extract:extract",
    "build": "policykg.commands.build:build",
    "validate": "policykg.commands.graph:validate",
    "query": "policykg.commands.graph:query",
    "sparql": "policykg.commands.sparql:sparql",
    "cypher": "policykg.commands.cypher:cypher",
    "export": "policykg.commands.graph:export",
    "neo4j": "policykg.commands.neo4j:neo4j",
    "viz": "policykg.commands.viz:viz",
    "bench": "policykg.commands.bench:bench",
    "doctor": "policykg.commands.doctor:doctor",
}


class LazyGroup(click.Group):
    """A click group whose commands are imported from :data:`COMMANDS` on use."""

    def list_commands(self, ctx):
        return sorted(name for name in COMMANDS if self._load(name) is not None)

    def get_command(self, ctx, name):
        return self._load(name)

    @staticmethod
    def _load(name):
        target = COMMANDS.get(name)
        if target is None:
            return None
        module, _, attr = target.partition(":")
        try:
            return getattr(importlib.import_module(module), attr)
        except ModuleNotFoundError as exc:
            if exc.name and exc.name.startswith("policykg.commands"):
                return None  # not written yet
            raise


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="policykg")
def cli():
    """policykg: a knowledge graph of Chinese future-industry (未来产业) policy."""


def main(argv=None) -> int:
    """Run the CLI; user errors become one line on stderr and exit code 2."""
    try:
        rv = cli.main(args=argv, prog_name="policykg", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("policykg: aborted", err=True)
        return 130
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except PolicyKGError as exc:
        click.echo(f"policykg: error: {exc}", err=True)
        return 2
    except KeyboardInterrupt:
        click.echo("policykg: interrupted", err=True)
        return 130
    except BrokenPipeError:
        return 1
    return rv if isinstance(rv, int) else 0


if __name__ == "__main__":
    sys.exit(main())
