#!/usr/bin/env python3
"""PDF/A-1b (ISO 19005-1:2005), clause by clause, for the rules that can be checked without veraPDF.

Reads the file through qpdf (a parser that is not ours): `qpdf --json=2 --json-stream-data=inline`.
Usage: check_pdfa.py FILE.pdf  — prints one line per clause (ok / FAIL with where), exits 1 on any failure.
"""
import base64
import json
import re
import subprocess
import sys
from datetime import datetime, timezone


def load(path):
    out = subprocess.run(["qpdf", "--json=2", "--json-key=qpdf", "--json-stream-data=inline", "--decode-level=generalized", path],
                         check=True, capture_output=True).stdout
    return json.loads(out)["qpdf"][1]


def main(path):
    raw = open(path, "rb").read()
    objects = load(path)
    trailer = objects["trailer"]["value"]

    def deref(v):
        while isinstance(v, str) and re.fullmatch(r"\d+ \d+ R", v):
            v = objects.get("obj:" + v, {})
            v = v.get("value", v.get("stream", {}).get("dict", v))
        return v

    def stream(ref):
        return objects["obj:" + ref]["stream"]

    dicts = []  # (where, dict) for every dictionary, stream dictionaries included
    for name, o in objects.items():
        if name == "trailer":
            continue
        if "stream" in o:
            dicts.append((name, o["stream"]["dict"]))
        elif isinstance(o.get("value"), dict):
            dicts.append((name, o["value"]))

    def walk(v, where, out):  # nested dictionaries too
        if isinstance(v, dict):
            out.append((where, v))
            for k, x in v.items():
                walk(x, where + k, out)
        elif isinstance(v, list):
            for x in v:
                walk(x, where, out)
    everything = []
    for where, d in dicts:
        walk(d, where + " ", everything)

    results = []

    def clause(number, text, problems):
        results.append((number, text, problems))

    catalog = deref(trailer["/Root"])
    info = deref(trailer.get("/Info", {})) if "/Info" in trailer else {}

    # 6.1.2 File header
    header = raw[:1024].split(b"\n")
    clause("6.1.2", "header %PDF-1.0…1.4, then a comment of four bytes above 127",
           [] if re.match(rb"%PDF-1\.[0-4]", header[0]) and len(header) > 1 and header[1].startswith(b"%")
           and sum(1 for b in header[1][1:5] if b > 127) == 4 else ["header: %r %r" % (header[0][:10], header[1][:6] if len(header) > 1 else b"")])
    # 6.1.3 File trailer
    clause("6.1.3", "trailer has /ID, no /Encrypt",
           (["no /ID"] if "/ID" not in trailer else []) + (["/Encrypt present"] if "/Encrypt" in trailer else []))
    # 6.1.7 Stream objects
    clause("6.1.7", "no stream refers to an external file (/F, /FFilter, /FDecodeParms)",
           [w for w, d in dicts if any(k in d for k in ("/F", "/FFilter", "/FDecodeParms")) and d.get("/Type") != "/Filespec"
            and "/Length" in d])
    # 6.1.10 Filters
    clause("6.1.10", "no LZWDecode",
           [w for w, d in everything if "/LZWDecode" in json.dumps(d.get("/Filter", ""))])
    # 6.1.11 Embedded files
    names = deref(catalog.get("/Names", {}))
    clause("6.1.11", "no embedded files", ["/EmbeddedFiles"] if isinstance(names, dict) and "/EmbeddedFiles" in names else [])
    # 6.1.13 Optional content
    clause("6.1.13", "no optional content (/OCProperties)", ["catalog /OCProperties"] if "/OCProperties" in catalog else [])
    # 6.2.2 Output intent
    problems = []
    intents = [deref(i) for i in deref(catalog.get("/OutputIntents", []))]
    pdfa = [i for i in intents if i.get("/S") == "/GTS_PDFA1"]
    if len(pdfa) != 1:
        problems.append("%d GTS_PDFA1 output intents" % len(pdfa))
    else:
        ref = pdfa[0].get("/DestOutputProfile")
        if not ref:
            problems.append("no /DestOutputProfile")
        else:
            profile = stream(ref)
            data = base64.b64decode(profile["data"])
            if profile["dict"].get("/N") not in (1, 3, 4):
                problems.append("profile /N %r" % profile["dict"].get("/N"))
            if data[36:40] != b"acsp":
                problems.append("not an ICC profile")
            elif data[8] >= 4:
                problems.append("ICC version %d (PDF/A-1 allows up to 2.x)" % data[8])
    clause("6.2.2", "one GTS_PDFA1 output intent with an ICC profile (N = 1, 3 or 4; ICC v2)", problems)
    # 6.2.4 Images
    images = [(w, d) for w, d in everything if d.get("/Subtype") == "/Image"]
    clause("6.2.4", "images: no /Alternates, /OPI, /Interpolate true",
           [w for w, d in images if "/Alternates" in d or "/OPI" in d or d.get("/Interpolate") is True])
    # 6.2.5 / 6.2.6 XObjects
    clause("6.2.5", "form XObjects: no /OPI, /Ref, /Subtype2 PS; no PostScript XObjects",
           [w for w, d in everything if d.get("/Subtype") == "/PS" or (d.get("/Subtype") == "/Form" and any(k in d for k in ("/OPI", "/Ref", "/Subtype2")))])
    # 6.2.8 Extended graphics state
    clause("6.2.8", "graphics states: no /TR, /TR2 other than /Default, no /HTP",
           [w for w, d in everything if d.get("/Type") == "/ExtGState" and ("/TR" in d or d.get("/TR2", "/Default") != "/Default" or "/HTP" in d)])
    # 6.2.10 / 6.4 Transparency
    problems = []
    for w, d in everything:
        if d.get("/Subtype") == "/Image" and d.get("/SMask") not in (None, "/None"):
            problems.append(w + ": image with /SMask")
        if "/SMask" in d and d.get("/Subtype") != "/Image" and d.get("/SMask") != "/None":
            problems.append(w + ": graphics state /SMask")
        group = d.get("/Group")
        if group is not None and deref(group).get("/S") == "/Transparency":
            problems.append(w + ": transparency group")
        for k in ("/CA", "/ca"):
            if k in d and d[k] != 1 and d[k] != 1.0:
                problems.append("%s: %s %r" % (w, k, d[k]))
        if "/BM" in d and d["/BM"] not in ("/Normal", "/Compatible"):
            problems.append("%s: /BM %r" % (w, d["/BM"]))
    clause("6.4", "no transparency: no soft masks, transparency groups, constant alpha below 1 or blend modes", problems)
    # 6.3.4 Embedded fonts; 6.3.5 subsets
    fonts = [(w, d) for w, d in everything if d.get("/Type") == "/Font"]
    problems, subsets = [], []
    descriptors = []
    for w, d in fonts:
        if d.get("/Subtype") in ("/Type3", "/Type0"):
            continue
        fd = deref(d.get("/FontDescriptor", ""))
        if not isinstance(fd, dict) or not any(k in fd for k in ("/FontFile", "/FontFile2", "/FontFile3")):
            problems.append(w + " " + str(d.get("/BaseFont")) + ": not embedded")
        else:
            descriptors.append((w, d, fd))
    clause("6.3.4", "every font embedded (%d fonts)" % len([f for f in fonts if f[1].get("/Subtype") != "/Type0"]), problems)
    for w, d, fd in descriptors:
        name = str(d.get("/BaseFont", ""))
        if re.match(r"/[A-Z]{6}\+", name):
            if d.get("/Subtype") in ("/CIDFontType0", "/CIDFontType2") and "/CIDSet" not in fd:
                subsets.append(name + ": subset without /CIDSet")
            if d.get("/Subtype") == "/Type1" and "/CharSet" not in fd:
                subsets.append(name + ": subset without /CharSet")
    clause("6.3.5", "subset fonts carry /CIDSet (CID fonts) or /CharSet (Type 1)", subsets)
    # 6.3.8 (PDF/A-1a only, but what makes the text searchable): ToUnicode on every composite font
    clause("6.3.8", "every composite font has a ToUnicode map (text searchable)",
           [w for w, d in fonts if d.get("/Subtype") == "/Type0" and "/ToUnicode" not in d])
    # 6.6 Actions
    bad = ("/Launch", "/Sound", "/Movie", "/ResetForm", "/ImportData", "/JavaScript")
    clause("6.6.1", "no Launch, Sound, Movie, ResetForm, ImportData or JavaScript actions",
           [w for w, d in everything if d.get("/S") in bad or "/JS" in d])
    clause("6.6.2", "no additional actions (/AA) on the catalog", ["catalog /AA"] if "/AA" in catalog else [])
    # 6.7.2 / 6.7.5 / 6.7.11 Metadata
    problems = []
    xmp = ""
    ref = catalog.get("/Metadata")
    if not ref:
        problems.append("no catalog /Metadata")
    else:
        s = stream(ref)
        if "/Filter" in s["dict"] or "/FFilter" in s["dict"]:
            problems.append("metadata stream filtered")
        xmp = base64.b64decode(s["data"]).decode("utf-8")
        head = re.search(r"<\?xpacket begin=[^?]*\?>", xmp)
        if not head:
            problems.append("no xpacket header")
        elif "bytes=" in head.group(0) or "encoding=" in head.group(0):
            problems.append("xpacket header with bytes/encoding")
    clause("6.7.2", "catalog metadata: an unfiltered XMP stream with an xpacket header", problems)

    def xmp_value(prop):
        m = re.search(r"<%s>(.*?)</%s>" % (prop, prop), xmp, re.S)
        if not m:
            return None
        inner = re.search(r"<rdf:li[^>]*>(.*?)</rdf:li>", m.group(1), re.S)
        v = inner.group(1) if inner else m.group(1)
        return v.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'").replace("&amp;", "&")

    clause("6.7.11", "pdfaid:part 1, conformance B",
           [] if xmp_value("pdfaid:part") == "1" and xmp_value("pdfaid:conformance") in ("A", "B") else ["pdfaid %r %r" % (xmp_value("pdfaid:part"), xmp_value("pdfaid:conformance"))])

    def text(v):
        return v[2:] if isinstance(v, str) and v.startswith(("u:", "b:")) else v

    def pdf_date(v):  # D:YYYYMMDDHHmmSS+HH'mm'
        m = re.fullmatch(r"D:(\d{14})(Z|([+-])(\d\d)'(\d\d)'?)?", text(v) or "")
        if not m:
            return None
        dt = datetime.strptime(m.group(1), "%Y%m%d%H%M%S")
        if m.group(3):
            sign = 1 if m.group(3) == "+" else -1
            from datetime import timedelta
            dt = dt - sign * timedelta(hours=int(m.group(4)), minutes=int(m.group(5)))
        return dt.replace(tzinfo=timezone.utc)

    def xmp_date(v):
        if v is None:
            return None
        return datetime.fromisoformat(v.replace("Z", "+00:00")).astimezone(timezone.utc)

    problems = []
    pairs = [("/Title", "dc:title"), ("/Author", "dc:creator"), ("/Subject", "dc:description"), ("/Keywords", "pdf:Keywords"),
             ("/Creator", "xmp:CreatorTool"), ("/Producer", "pdf:Producer")]
    for key, prop in pairs:
        if key in info and text(info[key]) != xmp_value(prop):
            problems.append("%s %r ≠ %s %r" % (key, text(info[key]), prop, xmp_value(prop)))
    for key, prop in (("/CreationDate", "xmp:CreateDate"), ("/ModDate", "xmp:ModifyDate")):
        if key in info and pdf_date(info[key]) != xmp_date(xmp_value(prop)):
            problems.append("%s %r ≠ %s %r" % (key, text(info[key]), prop, xmp_value(prop)))
    clause("6.7.3", "document information dictionary matches the XMP (%d entries)" % len(info), problems)
    # 6.9 Interactive forms
    form = deref(catalog.get("/AcroForm", {}))
    clause("6.9", "no form with NeedAppearances true", ["NeedAppearances"] if isinstance(form, dict) and form.get("/NeedAppearances") is True else [])

    failed = 0
    for number, what, problems in results:
        if problems:
            failed += 1
            print("FAIL %-7s %s: %s" % (number, what, "; ".join(problems[:5])))
        else:
            print("ok   %-7s %s" % (number, what))
    print("%s: %d clauses checked, %d failed" % (path, len(results), failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
