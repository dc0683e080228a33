#!/usr/bin/env python3
"""Open data check (issue 17): the real binary's open-data files read by real parsers.

Ratings are given through the feedback form and applications filed through the API; then the CSV
files parse with Python's csv module, the JSON files parse and hold the documented keys, and the
DCAT-AP.de catalogue parses as Turtle and as JSON-LD with rdflib into the same graph.
Run with the test tools' virtualenv (rdflib). Ends with "N passed, N failed".

  opendata_check.py BINARY
"""
import csv
import http.cookiejar
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from demo_process import Demo, free_port  # noqa: E402
from e2e import check, request as call, results, valid_answers  # noqa: E402

BINARY = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/serviceportal")
SERVICE = "brunnenbohrung-anzeigen"


def rate(base, stars):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(f"{base}/rueckmeldung?leistung={SERVICE}", timeout=10).read().decode()
    token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    data = urllib.parse.urlencode({"_csrf": token, "sterne": str(stars), "leistung": SERVICE, "seite": "leistung"}).encode()
    with opener.open(urllib.request.Request(f"{base}/rueckmeldung", data=data, method="POST"), timeout=10) as response:
        return response.status


def main():
    try:
        import jsonschema
        import rdflib
        import rdflib.compare
    except ImportError:
        check("rdflib and jsonschema are installed in the test tools' virtualenv (scripts/test installs them)", False)
        print(f"{results['passed']} passed, {results['failed']} failed")
        return 1
    work = tempfile.mkdtemp(prefix="sp-opendata-")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    # Without the demo's made-up year: the check counts exactly what it adds.
    demo = Demo(BINARY, os.path.join(work, "data"), port, {"SUBMISSIONS_PER_HOUR": "1000000"}, args=["--no-statistics"])
    try:
        check("the demo starts", demo.wait_for(r"läuft auf") is not None, "\n".join(demo.lines))
        statuses = [rate(base, stars) for stars in (5, 4, 4, 2, 5, 3)]
        check("six ratings through the feedback form", statuses == [200] * 6, statuses)
        body = json.dumps({"answers": valid_answers()})
        filed = [call(base, "POST", f"/api/v1/services/{SERVICE}/submissions", body)[0] for _ in range(6)]
        check("six applications filed", filed == [201] * 6, filed)

        status, text = call(base, "GET", "/opendata/satisfaction.csv")
        rows = list(csv.DictReader(io.StringIO(text)))
        well = [row for row in rows if row["leistung"] == "Anzeige einer Brunnenbohrung"]
        check("satisfaction.csv parses with its header and holds the six ratings", status == 200 and len(well) == 1
              and well[0]["bewertungen"] == "6" and well[0]["durchschnitt"] == "3.83", rows)
        docs = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "docs")
        status, text = call(base, "GET", "/opendata/satisfaction.json")
        items = json.loads(text)
        schema = json.load(open(os.path.join(docs, "opendata-satisfaction.schema.json")))
        errors = [error.message for error in jsonschema.Draft202012Validator(schema).iter_errors(items)]
        check("satisfaction.json matches its documented schema", status == 200 and not errors and len(items) >= 1, errors[:3])
        status, text = call(base, "GET", "/opendata/usage.csv")
        usage = list(csv.DictReader(io.StringIO(text)))
        check("usage.csv parses and counts the submitted applications", status == 200 and any(
            row["leistung"] == "Anzeige einer Brunnenbohrung" and row["eingereicht"] == "6" for row in usage), usage)
        status, text = call(base, "GET", "/opendata/usage.json")
        schema = json.load(open(os.path.join(docs, "opendata-usage.schema.json")))
        errors = [error.message for error in jsonschema.Draft202012Validator(schema).iter_errors(json.loads(text))]
        check("usage.json matches its documented schema", status == 200 and not errors, errors[:3])

        status, turtle = call(base, "GET", "/opendata/catalog.ttl")
        graph = rdflib.Graph().parse(data=turtle, format="turtle")
        dcat = rdflib.Namespace("http://www.w3.org/ns/dcat#")
        dct = rdflib.Namespace("http://purl.org/dc/terms/")
        catalogs = list(graph.subjects(rdflib.RDF.type, dcat.Catalog))
        datasets = list(graph.subjects(rdflib.RDF.type, dcat.Dataset))
        distributions = list(graph.subjects(rdflib.RDF.type, dcat.Distribution))
        licences = set(graph.objects(None, dct.license))
        check("catalog.ttl parses as Turtle: one catalogue, two datasets, four distributions, one licence",
              status == 200 and len(catalogs) == 1 and len(datasets) == 2 and len(distributions) == 4
              and licences == {rdflib.URIRef("http://dcat-ap.de/def/licenses/dl-by-de/2.0")}, (len(catalogs), len(datasets), len(distributions), licences))
        status, jsonld = call(base, "GET", "/opendata/catalog.jsonld")
        other = rdflib.Graph().parse(data=jsonld, format="json-ld")
        check("catalog.jsonld parses as JSON-LD into the same graph as the Turtle", status == 200 and rdflib.compare.isomorphic(graph, other),
              f"{len(graph)} against {len(other)} triples")

        # The same files for upload elsewhere, from the command line.
        out = os.path.join(work, "export")
        exported = subprocess.run([BINARY, "opendata", "export", "--data-dir", os.path.join(work, "data"), "--base-url", "https://service.example",
                                   "--out", out], capture_output=True, text=True, timeout=60)
        files = sorted(os.listdir(out)) if os.path.isdir(out) else []
        check("opendata export writes the six files", exported.returncode == 0 and files == sorted(
            ["satisfaction.csv", "satisfaction.json", "usage.csv", "usage.json", "catalog.ttl", "catalog.jsonld"]), exported.stdout + exported.stderr)
        served = call(base, "GET", "/opendata/satisfaction.csv")[1]
        check("the exported CSV is the one served", files and open(os.path.join(out, "satisfaction.csv"), encoding="utf-8", newline="").read() == served)
        exported_graph = rdflib.Graph().parse(os.path.join(out, "catalog.ttl"), format="turtle")
        check("the exported catalogue names the public addresses", files and rdflib.URIRef("https://service.example/opendata/usage.csv") in set(
            exported_graph.subjects()), len(exported_graph))
        missing_base = subprocess.run([BINARY, "opendata", "export", "--data-dir", os.path.join(work, "data"), "--out", out],
                                      capture_output=True, text=True, timeout=60, env={k: v for k, v in os.environ.items() if k != "BASE_URL"})
        check("opendata export without BASE_URL says what is missing", missing_base.returncode == 2 and "BASE_URL" in missing_base.stderr,
              missing_base.stderr)
    except Exception:  # anything unexpected is a failed check, not a silent pass
        import traceback
        check("open data check completes", False, traceback.format_exc())
    finally:
        demo.stop()
        shutil.rmtree(work, ignore_errors=True)
    print(f"{results['passed']} passed, {results['failed']} failed")
    return 0 if results["failed"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
