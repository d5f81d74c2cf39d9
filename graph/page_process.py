"""The viewer page written by a helper process, on another core, while the build goes on.

A large build's page (the layout of its top entities, their data, about 11 MB of JSON for a
1M-word corpus) takes most of a second that nothing else waits for: the metrics it shows are
computed before it, and only the build's commit needs the file. :class:`PageProcess` starts one
process as soon as the build knows the page will be large, so that its imports are done by
the time the page is asked for; :meth:`PageProcess.wait` is called before the commit.

The helper is a fresh interpreter (``python -c``) that reads jobs as pickles on its stdin and
answers on its stdout. Not a fork: by then the build runs threads (the store's loader) that a
fork would copy in the middle of their work. Not multiprocessing's spawn either: that runs the
caller's main script again in the child, which a script without an ``if __name__ ==
"__main__"`` guard (or one read from stdin) does not survive. Where the helper cannot be
started, or has died before it is given the page, the page is written here instead: the same
file either way. Nothing of a page it has taken is kept here (the build's peak memory is that of
the store's last step, which runs meanwhile); should it die with one, the build stops with
:class:`PageProcessError` and commits nothing.

    >>> with PageProcess() as pages:                                    # doctest: +SKIP
    ...     pages.write_html(graph, "out/graph.html", title="archive")
    ...     pages.wait()
"""
from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

from diplograph.graph.viewer import write_html

_HELPER = "from diplograph.graph.page_process import serve; serve()"


def serve() -> None:
    """The helper's loop: a pickled ``(args, options)`` in, ``write_html``'s ``("ok", path)`` or
    ``("error", exception)`` out, until stdin closes."""
    from diplograph.graph.viewer import vis_assets

    answers = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())      # a stray print must not break the answers
    jobs = sys.stdin.buffer
    try:
        vis_assets()        # read before the first page is asked for
    except Exception:       # noqa: BLE001  (the page's own call reports it)
        pass
    while True:
        try:
            args, options = pickle.load(jobs)
        except EOFError:
            return
        try:
            answer = ("ok", write_html(*args, **options))
        except Exception as error:      # noqa: BLE001  (handed to the caller, who raises it)
            answer = ("error", error)
        pickle.dump(answer, answers, protocol=pickle.HIGHEST_PROTOCOL)
        answers.flush()


class PageProcessError(RuntimeError):
    """The helper ended before writing a page it had taken (killed, out of memory)."""


class PageProcess:
    """Pages written by one helper process; a context manager that stops it."""

    def __init__(self):
        self._pending: list[Path] = []      # pages the helper has taken, in order
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))   # our diplograph
        try:
            self._helper: subprocess.Popen | None = subprocess.Popen(
                [sys.executable, "-c", _HELPER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
        except OSError:     # no process for us: the pages are written here
            self._helper = None

    def write_html(self, graph, path, **options) -> None:
        """:func:`~diplograph.graph.viewer.write_html` with these arguments, in the helper (here and
        now when there is none). Nothing of the page is kept here once the helper has it."""
        if self._helper is not None:
            try:
                pickle.dump(((graph, path), options), self._helper.stdin, protocol=pickle.HIGHEST_PROTOCOL)
                self._helper.stdin.flush()
                self._pending.append(Path(path))
                return
            except OSError:         # it has died (a broken pipe): this page and the next are written here,
                self.wait()         # once the pages it took are known to be written (else that is the error)
                self.close()
        write_html(graph, path, **options)

    def wait(self) -> None:
        """Until every page the helper took is written; raises what writing one raised, or
        :class:`PageProcessError` when the helper ended first."""
        pending, self._pending = self._pending, []
        for path in pending:
            try:
                status, value = pickle.load(self._helper.stdout)
            except (EOFError, OSError, pickle.UnpicklingError):
                code = self._helper.wait()
                self.close()
                raise PageProcessError(f"the viewer's helper process ended (exit code {code}) before writing "
                                       f"{path}: build again (the documents' work is cached)") from None
            if status == "error":
                raise value

    def close(self) -> None:
        """Stop the helper: at once when it still has pages to write (the build failed, and its
        stage folder is gone or going), else once it has read that there is no more work."""
        helper, self._helper = self._helper, None
        if helper is None:
            return
        if self._pending:
            helper.kill()
            self._pending = []
        try:
            helper.stdin.close()        # its loop ends
        except OSError:
            pass
        try:
            helper.wait(timeout=30)
        except subprocess.TimeoutExpired:
            helper.kill()
            helper.wait()
        helper.stdout.close()

    def __enter__(self) -> PageProcess:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
