"""A notice whose time runs out as its toast is made (a busy machine) does not hang the app."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import asyncio, time
    from textual.notifications import Notification
    from textual.widgets._toast import Toast
    from reader.ui.app import ReaderApp

    async def main():
        app = ReaderApp(None)
        async with app.run_test(size=(80, 24)) as pilot:
            # raised two seconds ago with two seconds to show: it runs out as the toast is made
            late = Notification("Copied the quote.", timeout=2, raised_at=time.time() - 2.001)
            await app.screen.mount(Toast(late))
            for _ in range(5):
                await pilot.pause(0.05)
        print("responsive")

    asyncio.run(main())
    """
)


def test_a_toast_whose_notice_ran_out_as_it_was_made_leaves_the_app_responsive():
    try:
        done = subprocess.run(
            [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60
        )
    except subprocess.TimeoutExpired:
        raise AssertionError("the app hung (a timer with a negative delay)") from None
    assert done.stdout.strip() == "responsive", done.stderr[-2000:]
