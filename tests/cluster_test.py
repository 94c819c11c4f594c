#!/usr/bin/python3
"""scripts/cluster on a local Dask cluster gives the same bytes as `parallax batch`.

    /usr/bin/python3 tests/cluster_test.py PARALLAX_BINARY

Starts a LocalCluster of two worker processes on 127.0.0.1, runs scripts/cluster against it
on 200 invented clusters (with bad lines and a blank one, cut into many chunks), and compares
its output with `parallax batch` on the whole input byte for byte. Registered with ctest; exits
77 (skipped) when Debian's python3-distributed is missing.
"""
import logging
import os
import subprocess
import sys
import tempfile
import unittest
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CLUSTER = os.path.join(ROOT, "scripts", "cluster")
SKIPPED = 77
PARALLAX = None  # set from the command line

sys.path.insert(0, HERE)
import invented_clusters  # noqa: E402


def run(command, stdin=None):
    return subprocess.run(command, stdin=stdin, capture_output=True, check=False)


class ClusterScript(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        from dask.distributed import Client, LocalCluster

        cls.tmp = tempfile.TemporaryDirectory(prefix="parallax-cluster-test-")
        cls.input = os.path.join(cls.tmp.name, "clusters.jsonl")
        with open(cls.input, "w", encoding="utf-8") as f:
            lines = list(invented_clusters.lines(200, bad_every=50))
            lines.insert(120, "\n")  # a blank line: skipped, but counted in line numbers
            f.writelines(lines)
        batch = run([PARALLAX, "batch", "--jobs", "1", cls.input])
        assert batch.returncode == 1, batch.stderr  # the bad lines fail
        cls.expected = batch.stdout
        assert cls.expected.count(b"\n") == 200

        cls.cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                   host="127.0.0.1", dashboard_address=None,
                                   silence_logs=logging.ERROR)
        cls.client = Client(cls.cluster)
        cls.client.wait_for_workers(2)  # waits on the scheduler's state, not on a clock

    @classmethod
    def tearDownClass(cls):
        cls.client.close()
        cls.cluster.close()
        cls.tmp.cleanup()

    def cluster_run(self, *args, stdin=None):
        return run(["/usr/bin/python3", CLUSTER, "--parallax", PARALLAX, *args], stdin=stdin)

    def test_existing_scheduler_gives_the_bytes_of_batch(self):
        out = os.path.join(self.tmp.name, "reports.jsonl")
        done = self.cluster_run("--scheduler", self.cluster.scheduler_address,
                                "--chunk-lines", "7", "-o", out, self.input)
        self.assertEqual(done.returncode, 1, done.stderr.decode())
        with open(out, "rb") as f:
            self.assertEqual(f.read(), self.expected)

    def test_error_lines_are_numbered_in_the_whole_input(self):
        done = self.cluster_run("--scheduler", self.cluster.scheduler_address,
                                "--chunk-lines", "9", self.input)
        errors = [line for line in done.stdout.splitlines() if b'"error":' in line]
        self.assertEqual(len(errors), 4)
        # Bad lines are every 50th cluster; the blank line pushes the last two one down.
        for error, line in zip(errors, (50, 100, 151, 201)):
            self.assertIn(b'"line":%d,' % line, error)

    def test_own_local_cluster_reading_standard_input(self):
        with open(self.input, "rb") as stdin:
            done = self.cluster_run("--workers", "2", "--chunk-lines", "25", stdin=stdin)
        self.assertEqual(done.returncode, 1, done.stderr.decode())
        self.assertEqual(done.stdout, self.expected)

    def test_a_chunk_that_cannot_run_fails_after_its_retries(self):
        done = run(["/usr/bin/python3", CLUSTER, "--scheduler", self.cluster.scheduler_address,
                    "--parallax", "/nonexistent/parallax", "--retries", "1", self.input])
        self.assertEqual(done.returncode, 2)
        self.assertIn(b"/nonexistent/parallax", done.stderr)

    def test_clean_input_exits_zero(self):
        clean = os.path.join(self.tmp.name, "clean.jsonl")
        with open(clean, "w", encoding="utf-8") as f:
            f.writelines(invented_clusters.lines(30))
        done = self.cluster_run("--scheduler", self.cluster.scheduler_address, clean)
        self.assertEqual(done.returncode, 0, done.stderr.decode())
        self.assertEqual(done.stdout, run([PARALLAX, "batch", clean]).stdout)


def main():
    global PARALLAX
    if len(sys.argv) != 2:
        sys.exit("usage: tests/cluster_test.py PARALLAX_BINARY")
    PARALLAX = os.path.abspath(sys.argv.pop(1))
    if run(["/usr/bin/python3", "-c", "import distributed"]).returncode != 0:
        print("SKIPPED: /usr/bin/python3 -c 'import distributed' failed; scripts/setup installs "
              "Debian's python3-distributed")
        sys.exit(SKIPPED)
    # Debian's tornado warns about its own event-loop calls inside dask; not ours to fix.
    warnings.filterwarnings("ignore", category=DeprecationWarning, module="tornado")
    result = unittest.main(exit=False, verbosity=2).result
    sys.exit(0 if result.wasSuccessful() else 1)


if __name__ == "__main__":
    main()
