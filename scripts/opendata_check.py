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
        import rdflib
        import rdflib.compare
    except ImportError:
        check("rdflib is installed in the test tools' virtualenv (scripts/test installs it)", False)
        print(f"{results['passed']} passed, {results['failed']} failed")
        return 1
    work = tempfile.mkdtemp(prefix="sp-opendata-")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    demo = Demo(BINARY, os.path.join(work, "data"), port, {"SUBMISSIONS_PER_HOUR": "1000000"})
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
        status, text = call(base, "GET", "/opendata/satisfaction.json")
        items = json.loads(text)
        check("satisfaction.json has the documented keys", status == 200 and all(
            set(item) == {"month", "leikaKey", "service", "ratings", "stars", "average"} for item in items) and len(items) >= 1, items)
        status, text = call(base, "GET", "/opendata/usage.csv")
        usage = list(csv.DictReader(io.StringIO(text)))
        check("usage.csv parses and counts the submitted applications", status == 200 and any(
            row["leistung"] == "Anzeige einer Brunnenbohrung" and row["eingereicht"] == "6" for row in usage), usage)
        status, text = call(base, "GET", "/opendata/usage.json")
        check("usage.json has the documented keys", status == 200 and all(
            set(item) == {"month", "leikaKey", "service", "started", "submitted", "completionRate", "medianProcessingDays"} for item in json.loads(text)))

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
