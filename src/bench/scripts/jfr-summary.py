#!/usr/bin/env python3
"""Summarises the benchmark's flight recording (target/bench.jfr): where the CPU samples fall, by layer and by method.

usage: jfr-summary.py target/bench.jfr [HH:MM:SS HH:MM:SS]   (optional window, UTC, from the harness's log lines)
"""
import collections
import re
import subprocess
import sys

LAYERS = [
    ("documents (openhtmltopdf, PDFBox, Thymeleaf, ZXing)", re.compile(r"com\.openhtmltopdf|org\.apache\.pdfbox|org\.apache\.fontbox|org\.thymeleaf|com\.google\.zxing")),
    ("our code (id.go.dinsos.sop)", re.compile(r"id\.go\.dinsos\.sop")),
    ("H2", re.compile(r"org\.h2\.")),
    ("PostgreSQL driver", re.compile(r"org\.postgresql\.")),
    ("MyBatis", re.compile(r"org\.apache\.ibatis\.")),
    ("Camunda engine", re.compile(r"org\.camunda\.")),
    ("web (Tomcat, Jersey, Jackson)", re.compile(r"org\.apache\.(catalina|coyote|tomcat)|org\.glassfish|com\.fasterxml")),
]

def main():
    path = sys.argv[1]
    window = sys.argv[2:4] if len(sys.argv) >= 4 else None
    text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", path],
                          capture_output=True, text=True, check=True).stdout
    layers = collections.Counter()
    tops = collections.Counter()
    within = collections.Counter()
    total = 0
    for event in text.split("jdk.ExecutionSample")[1:]:
        start = re.search(r"startTime = (\d\d:\d\d:\d\d)", event)
        if window and start and not (window[0] <= start.group(1) <= window[1]):
            continue
        frames = re.findall(r"^\s+([\w.$<>]+\.[\w$<>]+)\(", event, re.M)
        if not frames:
            continue
        total += 1
        tops[frames[0]] += 1
        # our classes anywhere on the stack: the time spent under each of them, engine work it causes included
        for name in {f.rsplit(".", 1)[0] for f in frames if f.startswith("id.go.dinsos.sop.")}:
            within[name] += 1
        # the layer of the innermost frame that belongs to a known layer
        for frame in frames:
            layer = next((name for name, pattern in LAYERS if pattern.search(frame)), None)
            if layer:
                layers[layer] += 1
                break
        else:
            layers["JDK and other"] += 1
    print(f"{total} samples")
    for name, count in layers.most_common():
        print(f"  {100 * count / max(total, 1):5.1f}%  {name}")
    print("samples with our class on the stack:")
    for name, count in within.most_common(10):
        print(f"  {100 * count / max(total, 1):5.1f}%  {name}")
    print("top methods:")
    for name, count in tops.most_common(15):
        print(f"  {100 * count / max(total, 1):5.1f}%  {name}")

if __name__ == "__main__":
    main()
