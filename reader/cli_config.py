"""`reader config path|get|set` and `reader themes`, and the colours of `parse --color`."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from reader.messages import fail, say
from reader.model.clean import one_line

if TYPE_CHECKING:  # the commands import their modules when run: `reader FILE` starts fast
    from reader.config.settings import Settings


def config_command(args: argparse.Namespace) -> int:
    from reader import locations
    from reader.config.settings import OPTIONS, format_value
    from reader.config.settings_file import SettingsError, get_setting, load_settings
    from reader.config.settings_save import SettingValueError, set_setting

    if args.action == "path":
        print(one_line(locations.settings_path()))
        return 0
    try:
        if args.action == "set":
            set_setting(args.key, args.value)
            return 0
        value = get_setting(load_settings(), args.key)
    except SettingsError as error:
        return fail(error, status=2)
    except SettingValueError as error:
        return fail("config set", error, status=2)
    except KeyError:
        known = ", ".join([*OPTIONS, "keys", "keys.ACTION"])
        message = f"unknown setting {args.key!r}; the settings are: {known}"
        return fail("config get", message, status=2)
    except OSError as error:
        return fail(f"cannot write {locations.settings_path()}: {error}", status=1)
    if isinstance(value, dict):
        print("".join(f"{action} = {keys}\n" for action, keys in value.items()), end="")
    else:
        print(format_value(value))
    return 0


def themes_command(args: argparse.Namespace) -> int:
    from reader.config.themes import load_themes
    from reader.render.highlight import style_class

    themes = load_themes(check_style=style_class)
    for failure in themes.failed:
        say("theme not loaded", failure)
    width = max((len(name) for name in themes.themes), default=0)
    for name, spec in sorted(themes.themes.items()):
        print(f"{name:<{width}}  {spec.description}")
    return 0


def color_style(settings: Settings | None = None) -> type:
    """The pygments style of the configured theme; SettingsError for a broken settings file."""
    from reader.config.settings_file import load_settings
    from reader.config.themes import load_themes
    from reader.render.highlight import spec_style, style_class

    settings = settings or load_settings()
    themes = load_themes(check_style=style_class)
    spec, problem = themes.resolve(settings.theme)
    if problem:
        say(problem)
    return spec_style(spec)


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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
