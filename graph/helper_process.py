"""Work the build hands to a helper process, on another core, while it goes on: the entity
network, its metrics and the viewer page, and the validation of a sample of what the build wrote.

A large build's network (the merge of every document's contribution, then communities,
betweenness and PageRank) and its page (the layout of its top entities, their data, about 11 MB
of JSON for a 1M-word corpus) take a second or two that the build spends meanwhile on writing the
records, making the entity lines and copying the N-Quads (:mod:`diplograph.graph.network_job`):
the build waits for the metrics only when it writes metrics.csv and the metric quads, and for the
page only before its commit. The SHACL validation of the documents written anew needs only their
N-Quads and their entities' lines, known before the network is merged: the helper does it while
the build loads its store, unless the build only patches the last build's store (a rebuild of a
few documents), whose process then validates while it would wait for the metrics anyway.
:class:`HelperProcess` starts one process when the build starts, so that its imports are done by
the time work is asked for; :meth:`HelperProcess.wait_for` waits for one job (and those given
before it), :meth:`HelperProcess.wait` for all of them, and a job's :meth:`~Job.result` is then
there.

The helper is a fresh interpreter (``python -c``) that reads jobs as pickles on its stdin, each
after its length, and answers on its stdout. A thread of its own drains the pipe from the start,
before the helper imports what its jobs need: a large job (the list of a rebuild's network files)
would otherwise fill the pipe and keep the build waiting the 0.3 s of those imports; another
writes the answers, so that a large one (the metrics) waits in the pipe for the build to read it
while the next job goes on. Not a fork: by then the build runs threads (the store's loader)
that a fork would copy in the middle of their work. Not multiprocessing's spawn either: that
runs the caller's main script again in the child, which a script without an ``if __name__ ==
"__main__"`` guard (or one read from stdin) does not survive. Where the helper cannot be
started, or has died before it is given a job, the job is done here instead: the same result
either way. Nothing of a job it has taken is kept here (the build's peak memory is that of the
store's last step, which runs meanwhile); should it die with one, the build stops with
:class:`HelperProcessError` and commits nothing.

    >>> with HelperProcess() as helper:                                 # doctest: +SKIP
    ...     helper.write_html(graph, "out/graph.html", title="archive")
    ...     report = helper.run(validate_nquads_files, entity_text, paths, what="the validation")
    ...     helper.wait()
    ...     report.result()
"""
from __future__ import annotations

import os
import pickle
import queue
import subprocess
import sys
import threading

# serve(), then out without the interpreter's teardown: freeing the last page's graph object by object
# took a tenth of a second, which the build (waiting for the helper to end) spent idle
_HELPER = "from diplograph.graph.helper_process import serve; serve(); import os, sys; sys.stderr.flush(); os._exit(0)"


_LENGTH_BYTES = 8      # each job on the helper's stdin: its pickle's length, then the pickle


def serve() -> None:
    """The helper's loop: a pickled ``(function, args, options)`` in, ``("ok", its result)`` or
    ``("error", exception)`` out, until stdin closes."""
    answers = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())      # a stray print must not break the answers
    # jobs are read as they come, not when the last is done: the build may be writing the next
    # job while this process writes a large answer (the network's metrics), and each would wait
    # for the other to read its pipe
    jobs: queue.SimpleQueue = queue.SimpleQueue()
    threading.Thread(target=_read_jobs, args=(sys.stdin.buffer, jobs), daemon=True).start()
    from diplograph.graph.viewer import vis_assets

    try:
        vis_assets()        # read before the first page is asked for
    except Exception:       # noqa: BLE001  (the page's own call reports it)
        pass
    import diplograph.graph.network_job  # noqa: F401  (imported before its first job, while the build extracts)
    from diplograph.graph.communities import _igraph
    _igraph()       # so is igraph, which the communities need (0.05 s)
    import scipy.sparse  # noqa: F401  (0.1 s: a large network's metrics use it, graph/adjacency.py)
    # answers are written by a thread of their own too: a large one (the metrics) fills the pipe
    # until the build reads it, which it does when it needs the metrics, not before; this loop
    # meanwhile goes on with the next job (the page: it had waited 0.13 s in a rebuild)
    replies: queue.SimpleQueue = queue.SimpleQueue()
    writer = threading.Thread(target=_write_answers, args=(answers, replies), daemon=True)
    writer.start()
    try:
        while True:
            job = jobs.get()
            if job is None:
                return
            if isinstance(job, BaseException):
                raise job       # a job that could not be read: the build sees this process end
            function, args, options = pickle.loads(job)     # (what cannot be read ends this process)
            try:
                answer = ("ok", function(*args, **options))
            except Exception as error:      # noqa: BLE001  (handed to the caller, who raises it)
                answer = ("error", error)
            replies.put(pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL))
    finally:
        replies.put(None)
        writer.join()       # every answer written before this process ends


def _write_answers(stream, replies: queue.SimpleQueue) -> None:
    """Each pickled answer of ``replies`` onto ``stream``, until None."""
    while (reply := replies.get()) is not None:
        stream.write(reply)
        stream.flush()


def _read_jobs(stream, jobs: queue.SimpleQueue) -> None:
    """Each job of ``stream`` (its pickle, not read here: that imports what it names) into
    ``jobs``, then None when it closes (or what failed)."""
    while True:
        try:
            head = stream.read(_LENGTH_BYTES)
            if not head:
                jobs.put(None)
                return
            size = int.from_bytes(head, "little") if len(head) == _LENGTH_BYTES else -1
            job = stream.read(size) if size >= 0 else b""
            if size < 0 or len(job) != size:
                raise EOFError("the build's pipe ended in the middle of a job")
            jobs.put(job)
        except BaseException as error:      # noqa: BLE001  (raised by the loop that serves)
            jobs.put(error)
            return


def validate_files(text: str, paths: list[str]):
    """:func:`~diplograph.graph.validate.validate_nquads_files`, imported where it runs: rdflib and
    pySHACL take a while to import, and a build whose helper validates need not import them."""
    from diplograph.graph.validate import validate_nquads_files

    return validate_nquads_files(text, paths)


class HelperProcessError(RuntimeError):
    """The helper ended before finishing a job it had taken (killed, out of memory)."""


class Job:
    """A job given to the helper (or done here): its result once :meth:`HelperProcess.wait` has returned."""

    def __init__(self, what: str):
        self.what = what
        self._done, self._value = False, None

    def _finish(self, value) -> None:
        self._done, self._value = True, value

    def result(self):
        if not self._done:
            raise RuntimeError(f"{self.what} is not done: wait for the helper first")
        return self._value


def run_here(function, *args, what: str, **options) -> Job:
    """``function(*args, **options)`` done in this process, now: a job as :meth:`HelperProcess.run`
    gives one, for a build with no helper."""
    job = Job(what)
    job._finish(function(*args, **options))
    return job


class HelperProcess:
    """Jobs done by one helper process, in the order given; a context manager that stops it."""

    def __init__(self):
        self._pending: list[Job] = []       # jobs the helper has taken, in order
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))   # our diplograph
        try:
            self._helper: subprocess.Popen | None = subprocess.Popen(
                [sys.executable, "-c", _HELPER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
        except OSError:     # no process for us: the jobs are done here
            self._helper = None

    def run(self, function, *args, what: str, **options) -> Job:
        """``function(*args, **options)`` (a module-level function: it is pickled by name) in the
        helper, here and now when there is none. Nothing of the job is kept here once the helper
        has it. ``what`` names the job in errors."""
        job = Job(what)
        if self._helper is not None:
            try:
                job_bytes = pickle.dumps((function, args, options), protocol=pickle.HIGHEST_PROTOCOL)
                self._helper.stdin.write(len(job_bytes).to_bytes(_LENGTH_BYTES, "little"))
                self._helper.stdin.write(job_bytes)
                self._helper.stdin.flush()
                self._pending.append(job)
                return job
            except OSError:         # it has died (a broken pipe): this job and the next are done here,
                self.wait()         # once the jobs it took are known to be done (else that is the error)
                self.close()
        return run_here(function, *args, what=what, **options)

    def write_html(self, graph, path, **options) -> Job:
        """:func:`~diplograph.graph.viewer.write_html` with these arguments, in the helper."""
        from diplograph.graph.viewer import write_html

        return self.run(write_html, graph, path, what=str(path), **options)

    def wait(self) -> None:
        """Until every job the helper took is done; raises what a job raised, or
        :class:`HelperProcessError` when the helper ended first."""
        if self._pending:
            self.wait_for(self._pending[-1])

    def wait_for(self, job: Job) -> None:
        """Until ``job`` (and every job given before it) is done, the later ones going on; raises as
        :meth:`wait` does."""
        while not job._done:
            done = self._pending.pop(0)
            try:
                status, value = pickle.load(self._helper.stdout)
            except (EOFError, OSError, pickle.UnpicklingError):
                code = self._helper.wait()
                self.close()
                raise HelperProcessError(f"the build's helper process ended (exit code {code}) before finishing "
                                         f"{done.what}: build again (the documents' work is cached)") from None
            if status == "error":
                raise value     # (the jobs after it stay pending: the build stops, and the helper with it)
            done._finish(value)

    def close(self) -> None:
        """Stop the helper: at once when it still has jobs (the build failed, and its stage folder
        is gone or going), else once it has read that there is no more work."""
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

    def __enter__(self) -> HelperProcess:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
