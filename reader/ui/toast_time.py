"""A toast made as its notification runs out gets a short time of its own.

Textual 8's toast takes its timer's delay from its notification's time left when the toast
is made, after the rack has checked that the notification has not expired. On a busy
machine the notification can run out between the two (a two-second notice raised while the
app was busy): the delay is then negative, and Textual's timer loops without ever yielding
to the event loop: the app hangs at full CPU. Such a toast shows for `LAST` seconds instead.
Imported by the app, before any notification. Written for Textual 8.2.8: the patch is
applied only while the toast is made as there (from its notification alone), so a Textual
that changes how it makes toasts is left as it is (the test of this module tells whether
it still hangs).
"""

from __future__ import annotations

import inspect

from textual.notifications import Notification
from textual.widgets._toast import Toast

LAST = 0.5  # seconds a toast shows whose notification ran out as it was made

_made = Toast.__init__


def _with_time_left(toast: Toast, notification: Notification) -> None:
    _made(toast, notification)
    toast._timeout = max(toast._timeout, LAST)


if list(inspect.signature(_made).parameters) == ["self", "notification"]:
    Toast.__init__ = _with_time_left  # type: ignore[method-assign,assignment]
