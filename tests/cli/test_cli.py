"""The command line: every registered command has help, is documented, and fails in one line.

Like sqlite-utils: a test walks the registry :data:`policykg.cli.app.COMMANDS`
(and the sub-commands of groups), asks each for ``--help`` and checks that
README.md shows it.
"""

from __future__ import annotations

import re

import click
import pytest
from cli_run import assert_clean, policykg
from click.testing import CliRunner
from conftest import ROOT

from policykg.cli.app import COMMANDS, cli, main


def _command_paths() -> list[tuple[str, ...]]:
    """``("build",)``, ``("neo4j", "serve")`` …: every command and sub-command."""
    paths = []
    ctx = click.Context(cli)
    for name in sorted(COMMANDS):
        cmd = cli.get_command(ctx, name)
        paths.append((name,))
        if isinstance(cmd, click.Group):
            paths += [(name, sub) for sub in sorted(cmd.list_commands(click.Context(cmd)))]
    return paths


PATHS = _command_paths()


def test_every_registered_command_loads():
    ctx = click.Context(cli)
    missing = [name for name in COMMANDS if cli.get_command(ctx, name) is None]
    assert missing == [], f"registered but not importable: {missing}"


@pytest.mark.parametrize("path", PATHS, ids=" ".join)
def test_help_exits_0(path):
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert f"Usage: cli {' '.join(path)}" in result.output or f"Usage: policykg {' '.join(path)}" in result.output
    cmd = cli
    for part in path:
        cmd = cmd.get_command(click.Context(cmd), part)
    assert (cmd.help or "").strip(), f"policykg {' '.join(path)} has no help text"


@pytest.mark.parametrize("path", PATHS, ids=" ".join)
def test_unknown_option_is_one_clear_error(path, capsys):
    code = main([*path, "--no-such-option"])
    err = capsys.readouterr().err
    assert code == 2 and "No such option" in err and "Traceback" not in err


def test_top_level_help_lists_every_command():
    run = policykg("--help")
    assert_clean(run)
    assert run.code == 0
    listed = set(re.findall(r"^  ([a-z0-9-]+)\s", run.out.split("Commands:", 1)[1], re.M))
    assert listed == set(COMMANDS)


def test_version():
    run = policykg("--version")
    assert run.code == 0 and re.search(r"\d+\.\d+", run.out)


def test_readme_shows_every_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [" ".join(p) for p in PATHS if not re.search(rf"policykg {re.escape(' '.join(p))}\b", readme)]
    assert missing == [], f"README.md never shows: {', '.join('policykg ' + m for m in missing)}"
