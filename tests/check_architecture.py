#!/usr/bin/env python3
"""check_architecture.py ROOT — docs/ARCHITECTURE.md true to the code, walked as a newcomer would: every path it names
exists, every class it names has its header (and every member it names, its declaration), and each "where to change"
row still points where the change is made — a table's label in the format files, a rule's message beside the rule, a
print dimension and a part heading in OfficialDocument.h and nowhere else, a sub-command in the table, a migration in
both dialects, a finding kind in ReportCheck, an importer shape tried by TextImporter. Prints each problem; exits 1 if
there is one."""
import json
import re
import sys
from pathlib import Path


def main(root: Path) -> int:
    doc = (root / 'docs' / 'ARCHITECTURE.md').read_text(encoding='utf-8')
    src = root / 'src'
    problems = []
    headers = {p.stem: p for p in src.rglob('*.h')}
    sources = {p: p.read_text(encoding='utf-8') for p in src.rglob('*') if p.suffix in ('.cpp', '.h')}

    # 1. Paths.
    for token in sorted(set(re.findall(r'`([^`\s]+)`', doc))):
        if token.startswith(('src/', 'resources/', 'tests/', 'docs/', 'packaging/', 'bench/')):
            path = token.rstrip('/').split('…')[0].rstrip('/')
            path = path.replace('<engine>', 'sqlite')
            if not (root / path).exists():
                problems.append(f'{token}: no such path')
        elif token.startswith('../shared/'):
            if not (root.parent / 'shared' / token[len('../shared/'):]).exists():
                problems.append(f'{token}: not in ../shared')

    # 2. Classes and members: `Name` or `Name::member`.
    for name, member in sorted(set(re.findall(r'`([A-Z][A-Za-z]+)(?:::([a-zA-Z]+))?(?:\(\))?`', doc))):
        if name.startswith('Q') and name[1:2].isupper():
            continue  # Qt's
        header = headers.get(name)
        if header is None:
            problems.append(f'{name}: no header {name}.h in src/')
        elif member and not re.search(r'\b' + member + r'\b', header.read_text(encoding='utf-8')):
            problems.append(f'{name}::{member}: not declared in {header.relative_to(root)}')

    # 3. The "where to change" rows.
    formats = sorted((root / 'resources' / 'formats').glob('*.json'))
    for f in formats:
        data = json.loads(f.read_text(encoding='utf-8'))
        if not any(r.get('label') for r in data.get('rows', [])):
            problems.append(f'{f.name}: a table label is not in its format file')
        for rule in data.get('rules', []):
            if not rule.get('message') or not rule.get('message_en'):
                problems.append(f'{f.name}: rule {rule["id"]} has no message beside it')
    checker = sources[src / 'core' / 'ReportChecker.cpp']
    for rule_id in re.findall(r'"id": "([^"]+)"', ''.join(f.read_text(encoding='utf-8') for f in formats)):
        if f'"{rule_id}"' in checker:
            problems.append(f'ReportChecker.cpp words rule {rule_id} itself: its message belongs in the format file')
    if not any('converts' in json.loads(f.read_text(encoding='utf-8')) for f in formats):
        problems.append('no format file has `converts`')

    official = src / 'core' / 'OfficialDocument.h'
    headings = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况',
                '五、存在的主要问题及改进情况', '六、其他需要报告的事项']
    page_literals = [r'"210mm"', r'"297mm"', r'twips\(3[57]\)', r'twips\(2[68]\)', r'twips\(156\)', r'"156mm"', r'"37mm"',
                     r'margin: 37mm', r'mm\(210\)', r'mm\(297\)', r'156\.0 \*', r'"28\.95pt"']
    for path, text in sources.items():
        if path == official:
            continue
        code = '\n'.join(line for line in text.splitlines() if not line.lstrip().startswith('//'))
        for h in headings:
            if f'"{h}"' in code:
                problems.append(f'{path.relative_to(root)}: spells the part heading {h} (OfficialDocument.h holds them)')
        for literal in page_literals:
            if re.search(literal, code):
                problems.append(f'{path.relative_to(root)}: a print dimension ({literal}) outside OfficialDocument.h')

    cli = src / 'app' / 'cli'
    table = sources[cli / 'SubCommand.cpp']
    for command in sorted(cli.glob('*Command.cpp')):
        if command.name == 'SubCommand.cpp':
            continue
        maker = 'make' + command.stem
        if maker not in sources[command] or maker not in table:
            problems.append(f'{command.name}: not in the table of sub-commands ({maker} in SubCommand.cpp)')

    sql = root / 'resources' / 'sql'
    if len(list((sql / 'sqlite').glob('*.sql'))) != len(list((sql / 'postgresql').glob('*.sql'))):
        problems.append('resources/sql: the two dialects have different numbers of migrations')

    check = sources[src / 'core' / 'ReportCheck.cpp']
    emitted = set()
    for path, text in sources.items():
        emitted.update(re.findall(r'"((?:prose|cell|signature)\.[a-z]+)"', text))
    for kind in sorted(emitted):
        if f'"{kind}"' not in check and kind != 'signature.mismatch':
            problems.append(f'finding kind {kind} is not listed by ReportCheck::kinds')
    if 'mismatchRule' not in check:
        problems.append('signature.mismatch is not listed by ReportCheck::kinds')

    importer = sources[src / 'core' / 'import' / 'TextImporter.cpp']
    for reader in ('SeparatedReader', 'AlignedReader', 'CellPerLineReader', 'RunTogetherReader'):
        if reader not in importer:
            problems.append(f'TextImporter does not try {reader}')

    for p in problems:
        print(p)
    print(f'architecture: {len(problems)} problems')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent))
