#!/usr/bin/python3
"""Clusters per second of `parallax batch` (--jobs 1 and 2) and of scripts/cluster on a local
Dask cluster of two worker processes; writes OUT_DIR/batch.json for tests/bench/js/table.mjs.

    /usr/bin/python3 tests/bench/batch_bench.py PARALLAX_BINARY OUT_DIR [CLUSTERS]

The input is CLUSTERS (default 1000) invented clusters of 2-4 short articles
(tests/invented_clusters.py). Each figure is the best of three runs. The Dask cluster is
started once before its runs, so its figure is throughput, not start-up (timed apart).
"""
import json
import logging
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.dirname(HERE))
import invented_clusters  # noqa: E402

RUNS = 3


def best_seconds(command, stdin_path):
    best = None
    for _ in range(RUNS):
        with open(stdin_path, "rb") as stdin:
            start = time.perf_counter()
            done = subprocess.run(command, stdin=stdin, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, check=False)
            seconds = time.perf_counter() - start
        if done.returncode != 0:
            raise SystemExit(f"{command[0]} failed: {done.stderr.decode(errors='replace')}")
        best = seconds if best is None else min(best, seconds)
    return best


def main():
    parallax, out_dir = os.path.abspath(sys.argv[1]), sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
    data = os.path.join(out_dir, "batch-clusters.jsonl")
    with open(data, "w", encoding="utf-8") as f:
        f.writelines(invented_clusters.lines(count))
    result = {"clusters": count, "input_bytes": os.path.getsize(data), "runs": RUNS,
              "clusters_per_s": {}}
    rates = result["clusters_per_s"]
    for jobs in (1, 2):
        seconds = best_seconds([parallax, "batch", "--jobs", str(jobs), "-"], data)
        rates[f"jobs_{jobs}"] = count / seconds
        print(f"parallax batch --jobs {jobs}: {count / seconds:.0f} clusters/s")

    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        print("scripts/cluster: skipped, /usr/bin/python3 has no python3-distributed")
        rates["dask_local_2_workers"] = None
    else:
        start = time.perf_counter()
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                          dashboard_address=None, silence_logs=logging.ERROR) as cluster, \
                Client(cluster) as client:
            client.wait_for_workers(2)
            result["dask_start_seconds"] = time.perf_counter() - start
            seconds = best_seconds(["/usr/bin/python3", os.path.join(ROOT, "scripts", "cluster"),
                                    "--scheduler", cluster.scheduler_address,
                                    "--parallax", parallax, "-"], data)
        rates["dask_local_2_workers"] = count / seconds
        print(f"scripts/cluster, local Dask, 2 workers: {count / seconds:.0f} clusters/s "
              f"(cluster start {result['dask_start_seconds']:.1f} s apart)")
    with open(os.path.join(out_dir, "batch.json"), "w", encoding="utf-8") as f:
        json.dump(result, f, indent=2)


if __name__ == "__main__":
    main()
