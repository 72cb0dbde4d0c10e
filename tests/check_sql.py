#!/usr/bin/env python3
"""check_sql.py SOURCE_DIR — no SQL is built from pieces: every SQL text in the sources is one literal, with
values bound through placeholders (?), never pasted in with +, QString::arg or %1. Exits 1 naming each place that
builds SQL from pieces. Checks itself first on samples that must be caught and samples that must pass."""
import re
import sys
from pathlib import Path

SQL = re.compile(r'"\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|VACUUM|ATTACH|REPLACE|WITH)\b[^"]*"')


def problems(text):
    found = []
    for m in SQL.finditer(text):
        literal = m.group(0)
        before = text[max(0, m.start() - 40):m.start()]
        # The statement the literal belongs to, up to its end.
        rest = text[m.end():text.find(';', m.end()) if text.find(';', m.end()) >= 0 else len(text)]
        line = text.count('\n', 0, m.start()) + 1
        why = None
        if re.search(r'%\d', literal):
            why = 'a %N placeholder for QString::arg'
        elif re.match(r'\s*\)?\s*\+', rest) or re.search(r'\+\s*(QStringLiteral\(|QLatin1String\()?\s*$', before):
            why = 'joined with +'
        elif re.match(r'\s*\)?\s*\.arg\(', rest):
            why = 'filled in with .arg()'
        elif re.match(r'\s*\)?\s*%\s', rest):
            why = 'joined with % (QStringBuilder)'
        if why:
            found.append((line, why, literal[:60]))
    return found


def self_test():
    must_catch = [
        'q.exec(QStringLiteral("SELECT * FROM report WHERE agency = \'") + agency + "\'");',
        'q.prepare(QStringLiteral("DELETE FROM cell WHERE key = %1").arg(key));',
        'exec(QLatin1String("UPDATE report SET title = \'") + title);',
        'const QString sql = where + QStringLiteral("SELECT id FROM agency");',
    ]
    must_pass = [
        'q.prepare(QStringLiteral("SELECT r.id FROM report r WHERE a.name = ? AND r.year = ?"));',
        'exec(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"), {k, v});',
        'q.exec(QStringLiteral("SELECT a.name, r.year FROM report r "\n    "ORDER BY a.name"));',
        'label = tr("Selected %1").arg(n);',
    ]
    for sample in must_catch:
        assert problems(sample), 'not caught: ' + sample
    for sample in must_pass:
        assert not problems(sample), 'wrongly caught: ' + sample


def main(source):
    self_test()
    bad = []
    files = sorted(p for p in Path(source, 'src').rglob('*') if p.suffix in ('.cpp', '.h'))
    statements = 0
    for path in files:
        text = path.read_text(encoding='utf-8')
        statements += len(SQL.findall(text))
        for line, why, literal in problems(text):
            bad.append(f'{path.relative_to(source)}:{line}: SQL {why}: {literal}')
    for b in bad:
        print(b)
    print(f'{len(files)} source files, {statements} SQL literals, {len(bad)} built from pieces')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
