#!/usr/bin/env python3
"""The layers of docs/ARCHITECTURE.md, enforced: every #include "X.h" in src/ must name a header of the file's own
part or of a part it may depend on. Prints each upward include with file and line, and exits 1 if there is one.

usage: check_layers.py SRC_DIR
"""
import re
import sys
from pathlib import Path

# Part → the parts whose headers it may include (itself always). Arrows only downward.
ALLOWED = {
    'core': set(),
    'render/document': {'core'},
    'render/pdf': set(),  # knows nothing of reports
    'render/layout': {'core', 'render/document', 'render/pdf'},
    'render/office': {'core', 'render/document'},
    'render/chart': {'core'},
    'services': {'core', 'render/document', 'render/pdf', 'render/layout', 'render/office', 'render/chart'},
    'app/cli': {'core', 'services'},
    'app/models': {'core', 'services'},  # no widgets
    'app/editors': {'core', 'render/document', 'render/layout', 'services', 'app/models'},
    'app/window': {'core', 'render/document', 'render/layout', 'render/chart', 'services', 'app/models', 'app/editors'},
    'app': {'core', 'services', 'app/cli', 'app/window', 'app/editors', 'app/models'},  # main.cpp
}
# Headers of a lower part that the front ends still must not include: the store's implementation and the writers
# are reached through the services only.
FORBIDDEN_IN_APP = {'SqliteReportStore.h', 'PdfExporter.h', 'PdfWriter.h', 'DocxExporter.h', 'OdtExporter.h',
                    'HtmlExporter.h', 'ZipWriter.h'}


def part_of(path: Path, src: Path) -> str:
    rel = path.relative_to(src).parts
    if rel[0] in ('render', 'app') and len(rel) > 2:
        return rel[0] + '/' + rel[1]
    return rel[0]


def main(src_dir: str) -> int:
    src = Path(src_dir).resolve()
    owner = {}
    for header in src.rglob('*.h'):
        owner.setdefault(header.name, part_of(header, src))
    include = re.compile(r'^\s*#\s*include\s+"([^"]+)"')
    problems = []
    for source in sorted(list(src.rglob('*.cpp')) + list(src.rglob('*.h'))):
        part = part_of(source, src)
        allowed = ALLOWED[part] | {part}
        for number, line in enumerate(source.read_text(encoding='utf-8').splitlines(), 1):
            m = include.match(line)
            if not m:
                continue
            name = Path(m.group(1)).name
            target = owner.get(name)
            if target is None:
                continue  # generated (ui_*.h, moc) or not ours
            where = f'{source.relative_to(src.parent)}:{number}'
            if target not in allowed:
                problems.append(f'{where}: {part} may not include {name} ({target})')
            elif part.startswith('app') and name in FORBIDDEN_IN_APP:
                problems.append(f'{where}: the front ends reach {name} only through src/services')
    for p in problems:
        print(p)
    print(f'layers: {len(owner)} headers, {len(problems)} upward includes')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).resolve().parent.parent / 'src')))
