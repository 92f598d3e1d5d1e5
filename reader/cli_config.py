"""`reader config path|get|set` and `reader themes`, and the colours of `parse --color`."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the commands import their modules when run: `reader FILE` starts fast
    from reader.config.settings import Settings


def _fail(message: str, status: int = 2) -> int:
    print(f"reader: {message}", file=sys.stderr)
    return status


def config_command(args: argparse.Namespace) -> int:
    from reader import locations
    from reader.config.settings import OPTIONS, format_value
    from reader.config.settings_file import SettingsError, get_setting, load_settings
    from reader.config.settings_save import SettingValueError, set_setting

    if args.action == "path":
        print(locations.settings_path())
        return 0
    try:
        if args.action == "set":
            set_setting(args.key, args.value)
            return 0
        value = get_setting(load_settings(), args.key)
    except SettingsError as error:
        return _fail(str(error))
    except SettingValueError as error:
        return _fail(f"config set: {error}")
    except KeyError:
        known = ", ".join([*OPTIONS, "keys", "keys.ACTION"])
        return _fail(f"config get: unknown setting {args.key!r}; the settings are: {known}")
    except OSError as error:
        return _fail(f"cannot write {locations.settings_path()}: {error}", 1)
    if isinstance(value, dict):
        print("".join(f"{action} = {keys}\n" for action, keys in value.items()), end="")
    else:
        print(format_value(value))
    return 0


def themes_command(args: argparse.Namespace) -> int:
    from reader.config.themes import load_themes

    themes = load_themes()
    for failure in themes.failed:
        print(f"reader: theme not loaded: {failure}", file=sys.stderr)
    width = max((len(name) for name in themes.themes), default=0)
    for name, spec in sorted(themes.themes.items()):
        print(f"{name:<{width}}  {spec.description}")
    return 0


def color_style(settings: Settings | None = None) -> type:
    """The pygments style of the configured theme; SettingsError for a broken settings file."""
    from reader.config.settings_file import load_settings
    from reader.config.themes import load_themes
    from reader.render.highlight import spec_style

    settings = settings or load_settings()
    themes = load_themes()
    spec, problem = themes.resolve(settings.theme)
    if problem:
        print(f"reader: {problem}", file=sys.stderr)
    return spec_style(spec)


def add_commands(commands: argparse._SubParsersAction) -> None:
    config = commands.add_parser(
        "config", help="show or change a setting", description="The settings file."
    )
    actions = config.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("path", help="print where settings.toml is")
    get = actions.add_parser("get", help="print a setting")
    get.add_argument("key", metavar="KEY", help='a setting, "keys" or "keys.ACTION"')
    put = actions.add_parser("set", help="change a setting and save")
    put.add_argument("key", metavar="KEY", help='a setting or "keys.ACTION"')
    put.add_argument("value", metavar="VALUE")
    config.set_defaults(handler=config_command)
    themes = commands.add_parser("themes", help="list the themes, one a line")
    themes.set_defaults(handler=themes_command)
