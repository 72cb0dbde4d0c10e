#!/usr/bin/env python3
"""Fills translations/disclosure-report_en.ts from EN below after `cmake --build build --target update_translations`.
Strings without an entry stay unfinished (lupdate marks them); a test fails on unfinished ones."""
import re, sys, html
from pathlib import Path

EN = {
 '“%1”不是金额：请填写以万元为单位的数字，最多 6 位小数，如 96171.6': '“%1” is not an amount: enter a number in 10,000 yuan with at most 6 decimals, e.g. 96171.6',
 '金额不能为负数：“%1”': 'An amount cannot be negative: “%1”',
 '“%1”不是整数：请只填写数字，减少用负数表示，如 -8': '“%1” is not a whole number: enter digits only, a decrease as a negative number, e.g. -8',
 '“%1”不是件数：请只填写数字 0–9': '“%1” is not a count: enter the digits 0–9 only',
 '件数不能为负数：“%1”': 'A count cannot be negative: “%1”',
 '“%1”太大：最大为 %2': '“%1” is too large: the largest is %2',
 '错误：': 'Error: ',
 '未知的子命令“%1”': 'Unknown command “%1”',
 '表式定义无法加载：%1': 'The form definitions cannot be loaded: %1',
 '%1 后面缺少值': '%1 needs a value',
 '--year：“%1”不是四位年份': '--year: “%1” is not a four-digit year',
 '未知的选项“%1”': 'Unknown option “%1”',
 '--db：数据库文件 %1 不存在': '--db: the database file %1 does not exist',
 '%1：文件不存在': '%1: no such file',
 '%1：无法读取（%2）': '%1: cannot be read (%2)',
 '请给出一个报告文件，或者 --agency 与 --year': 'Give one report file, or --agency and --year',
 '缺少 --agency': '--agency is missing',
 '缺少 --year': '--year is missing',
 '--agency/--year：数据库中没有 %1 %2 年的报告': '--agency/--year: the database has no report of %1 for %2',
 'list 不接受参数“%1”': 'list takes no argument “%1”',
 'import 需要至少一个报告文件': 'import needs at least one report file',
 '%1：目前只能导入报告 JSON 文件（.json）': '%1: only report JSON files (.json) can be imported for now',
 '%1：%2 %3 年的报告在给出的文件中出现了两次': '%1: the report of %2 for %3 appears twice among the files',
 '已导入 %1 %2 年的报告（%3 个错误，%4 个警告）': 'Imported the report of %1 for %2 (%3 errors, %4 warnings)',
 'export 需要 --to 输出文件': 'export needs --to OUTPUT',
 '--to：不支持的输出格式“%1”（目前支持 .json）': '--to: unsupported output format “%1” (.json is supported for now)',
 '--to：无法写入 %1（%2）': '--to: cannot write %1 (%2)',
 'set 需要 --agency': 'set needs --agency',
 'set 需要 --year': 'set needs --year',
 'set 需要至少一个 键=值，如 t3.new.natural=5': 'set needs at least one KEY=VALUE, e.g. t3.new.natural=5',
 '“%1”不是 键=值 的形式': '“%1” is not of the form KEY=VALUE',
 '%1：该报告没有这个单元格': '%1: this report has no such cell',
 '%1：%2 是自动计算的合计，不能直接填写': '%1: %2 is a computed total and cannot be set',
 '错误': 'error',
 '警告': 'warning',
 '%1 %2 年：%3 个错误，%4 个警告': '%1, %2: %3 errors, %4 warnings',
 '政府信息公开工作年度报告': 'Government Information Disclosure Annual Report',
 '机关': 'Agency',
 '年度': 'Year',
 '文件(&amp;F)': '&amp;File',
 '退出(&amp;Q)': '&amp;Quit',
 '%1未填写': '%1 is blank',
 '%1未填写，应为 %2': '%1 is blank; it should be %2',
 '%1为负数（%2），件数和金额不能为负': '%1 is negative (%2); counts and amounts cannot be negative',
 '%1为 %2，各项之和为 %3': '%1 is %2, the sum of its parts is %3',
 '%1为 %2，办理结果各项之和为 %3': '%1 is %2, the sum of the results is %3',
 '%1列：第一项加第二项之和为 %2，第三项加第四项之和为 %3': 'Column %1: items one plus two make %2, items three plus four make %3',
 '%1为 %2，上一年度报告的结转下年度继续办理为 %3': '%1 is %2, last year’s report carried %3 forward',
 '%1为 %2，上一年度现行有效件数加本年制发件数减本年废止件数为 %3': '%1 is %2; last year’s count in force plus issued minus repealed is %3',
 '%1为 %2，上一年度报告的上一年项目数量加本年增/减为 %3': '%1 is %2; last year’s items plus last year’s change is %3',
 '%1：%2 ≠ %3': '%1: %2 ≠ %3',
 '未知的成员': 'unknown member',
 '应为字符串，实为 %1': 'expected a string, got %1',
 '应为对象，实为 %1': 'expected an object, got %1',
 '应为整数（不带小数点或指数），实为 %1': 'expected an integer (no fraction or exponent), got %1',
 '整数超出范围（最大 %1），实为 %2': 'integer out of range (largest %1), got %2',
 '应为以字符串书写的金额（如 &quot;96171.6&quot;），实为 %1': 'expected an amount written as a string (e.g. &quot;96171.6&quot;), got %1',
 '金额格式不正确（最多 6 位小数，无前导零），实为 %1': 'malformed amount (at most 6 decimals, no leading zeros), got %1',
 '空字符串不是值：空白单元格写 null': 'an empty string is not a value: write null for a blank cell',
 '不是有效的 JSON（第 %1 个字节处：%2）': 'not valid JSON (at byte %1: %2)',
 '顶层应为一个对象': 'the top level must be an object',
 '缺少必需的成员': 'required member missing',
 '应为 &quot;%1&quot;，实为 %2': 'expected &quot;%1&quot;, got %2',
 '应为非空字符串，实为 %1': 'expected a non-empty string, got %1',
 '应为四位整数年份，实为 %1': 'expected a four-digit integer year, got %1',
 '应为 %1 之一，实为 %2': 'expected one of %1, got %2',
 '应为 YYYY-MM-DD 格式的有效日期或 null，实为 %1': 'expected a valid YYYY-MM-DD date or null, got %1',
 '不属于所选表式（%1: %2）': 'not a cell of the chosen form (%1: %2)',
 '未知的单元格': 'unknown cell',
 '第二十条第（九）项的两个单元格须同时出现或同时省略': 'the two cells of 第二十条第（九）项 must be present together or absent together',
 '缺少单元格': 'cell missing',
 '注释的单元格不在 cells 中': 'annotation of a cell that is not in cells',
 '数据库 %1 出错': 'Database %1 failed',
 '%1 不是文件': '%1 is not a file',
 '无法创建目录 %1': 'Cannot create the folder %1',
 '缺少 Qt 的 SQLite 驱动（Debian 软件包 libqt6sql6-sqlite）': 'Qt’s SQLite driver is missing (Debian package libqt6sql6-sqlite)',
 '无法打开数据库 %1': 'Cannot open the database %1',
 '%1 不是可用的数据库文件，未作任何改动': '%1 is not a usable database file; nothing was changed',
 '%1 不是本程序的数据库，未作任何改动': '%1 is not a database of this program; nothing was changed',
 '%1 由更新版本的程序创建（数据库版本 %2，本程序支持到 %3），未作任何改动': '%1 was made by a newer version (database version %2, this program knows up to %3); nothing was changed',
 '缺少数据库迁移脚本 %1': 'Database migration script %1 is missing',
 '数据库 %1 无法升级到版本 %2': 'Database %1 cannot be upgraded to version %2',
 '数据库 %1 中 %2 %3 年的报告': 'The report of %2 for %3 in database %1',
 '含有未知的单元格 %1': ' holds an unknown cell %1',
 '的单元格 %1 不是金额': ': cell %1 is not an amount',
 '缺少单元格 %1': ' lacks cell %1',
 '%1 %2 年的报告已在数据库中（要替换它，请使用 --replace）': 'The report of %1 for %2 is already in the database (use --replace to replace it)',
 '数据库中没有 %1 %2 年的报告': 'The database has no report of %1 for %2',
 '无法写入单元格 %1': 'Cannot write cell %1',
 '政府信息公开年报': 'Disclosure Report',
 '2019 年表式（试行）': '2019 form (trial)',
 '2021 年表式': '2021 form',
 '印制落款和成文日期': 'Print the signature and date',
 '机关：': 'Agency:',
 '年度：': 'Year:',
 '表式：': 'Forms:',
 '标题(&amp;T)：': '&amp;Title:',
 '成文日期(&amp;D)：': '&amp;Date:',
 '联系人(&amp;P)：': 'Contact &amp;person:',
 '电话(&amp;H)：': '&amp;Phone:',
 '传真(&amp;X)：': 'Fa&amp;x:',
 '地址(&amp;R)：': 'Add&amp;ress:',
 '表二 %1；表三 %2；表四 %3': 'Table 2: %1; table 3: %2; table 4: %3',
 '修改基本信息': 'Change the report details',
 '新建 %1 %2 年的报告': 'New report of %1 for %2',
 '删除 %1 %2 年的报告': 'Delete the report of %1 for %2',
 '应用修正(&amp;F)': 'Apply &amp;fix',
 '基本信息': 'Details',
 '导语(&amp;L)': '&amp;Lead',
 '一、总体情况(&amp;O)': '1. &amp;Overview',
 '导语与总体情况': 'Lead and overview',
 '存在的主要问题及改进情况': 'Problems and improvements',
 '其他需要报告的事项': 'Other matters',
 '主动公开': 'Proactive disclosure',
 '依申请公开': 'Requests',
 '复议诉讼': 'Review and litigation',
 '检查结果(&amp;C)': '&amp;Check results',
 '新建报告(&amp;N)…': '&amp;New report…',
 '导入报告 JSON(&amp;I)…': '&amp;Import report JSON…',
 '导出报告 JSON(&amp;E)…': '&amp;Export report JSON…',
 '删除报告(&amp;D)…': '&amp;Delete report…',
 '编辑(&amp;E)': '&amp;Edit',
 '撤销': 'Undo',
 '重做': 'Redo',
 '复制单元格(&amp;C)': '&amp;Copy cells',
 '粘贴单元格(&amp;P)': '&amp;Paste cells',
 '应用所选问题的修正(&amp;F)': 'Apply the selected finding’s &amp;fix',
 '修改未能保存，数据库中的内容保持不变：\n%1': 'The change could not be saved; the database is unchanged:\n%1',
 '%1 — 政府信息公开工作年度报告': '%1 — Disclosure Report',
 '这一问题没有可自动应用的修正，请核对原始数据。': 'This finding has no automatic fix; check the source figures.',
 '未打开报告': 'No report open',
 '%1 个错误 · %2 个警告': '%1 errors · %2 warnings',
 ' · 全部修改已保存': ' · all changes saved',
 ' · 最近一次修改未能保存': ' · the last change was not saved',
 '删除报告': 'Delete report',
 '删除 %1 %2 年的报告？\n可以在报告列表中用“撤销”恢复。': 'Delete the report of %1 for %2?\nUndo in the report list brings it back.',
 '导入报告 JSON': 'Import report JSON',
 '报告 JSON (*.json)': 'Report JSON (*.json)',
 '%1：%2\n未导入任何内容。': '%1: %2\nNothing was imported.',
 '数据库中已有 %1 %2 年的报告。要替换它，请先删除现有报告。': 'The database already has the report of %1 for %2. Delete it first to replace it.',
 '导出报告 JSON': 'Export report JSON',
 '无法写入 %1（%2）': 'Cannot write %1 (%2)',
 '如：示例县科学技术局': 'e.g. 示例县科学技术局',
 '2021 年表式（国办公开办函〔2021〕30号）': '2021 form (国办公开办函〔2021〕30号)',
 '请填写机关名称（与报告标题中的名称一致）。': 'Enter the agency’s name as the report title prints it.',
 '数据库中已有 %1 %2 年的报告。': 'The database already has the report of %1 for %2.',
 '将从 %1 年的报告结转：上年结转申请数、现行有效件数或上一年项目数量。': 'Carry-over from the %1 report: requests carried over, documents in force or last year’s item counts.',
 '数据库中没有该机关 %1 年的报告，上年结转需手工填写。': 'No report of this agency for %1 in the database: enter the carry-over by hand.',
 '导语': 'the lead',
 '一、总体情况': 'part 1, overview',
 '五、存在的主要问题及改进情况': 'part 5, problems and improvements',
 '六、其他需要报告的事项': 'part 6, other matters',
 '编辑%1': 'Edit %1',
 '修正 %1': 'Fix %1',
 '报告': 'Reports',
 '%1 年': '%1',
 '未知的正文部分 %1': 'Unknown prose part %1',
 '自动计算的合计': 'computed total',
 '这里不是可填写的单元格': 'This is not a cell to fill in',
 '%1是自动计算的合计，不能直接填写': '%1 is a computed total and cannot be typed in',
 '填写 %1': 'Enter %1',
 '请先选中要粘贴到的第一个数字单元格': 'Select the first number cell to paste into',
 '粘贴的内容超出了表格：第 %1 行有 %2 个数，这里只有 %3 个单元格': 'The paste does not fit: line %1 has %2 numbers, here are only %3 cells',
 '未粘贴任何内容：第 %1 行第 %2 个数“%3”不能填入%4：%5': 'Nothing pasted: number %2 of line %1, “%3”, cannot go into %4: %5',
 '已粘贴 %1 个单元格；%2 个合计单元格按明细自动计算': 'Pasted %1 cells; %2 total cells are computed from the details',
}
PLURAL = {'共 %n 份报告': ('%n report', '%n reports'),
 '粘贴 %n 个单元格': ('Paste %n cell', 'Paste %n cells'),
 '清空 %n 个单元格': ('Clear %n cell', 'Clear %n cells'),
}

def main(path):
    text = Path(path).read_text(encoding='utf-8')
    missing = []
    def fill(m):
        source = m.group(2)
        key = source.replace('&apos;', "'")
        head = m.group(1)
        if key in PLURAL:
            forms = ''.join(f'<numerusform>{f}</numerusform>' for f in PLURAL[key])
            return f'{head}<source>{source}</source>\n        <translation>{forms}</translation>'
        if key.startswith('用法：'):
            return f'{head}<source>{source}</source>\n        <translation>{html.escape(USAGE, quote=False)}</translation>'
        if key not in EN:
            missing.append(key)
            return m.group(0)
        return f'{head}<source>{source}</source>\n        <translation>{EN[key]}</translation>'
    text = re.sub(r'(<message(?: numerus="yes")?>\s*)<source>(.*?)</source>\s*<translation[^>]*?(?:/>|>.*?</translation>)', fill, text, flags=re.S)
    Path(path).write_text(text, encoding='utf-8')
    for k in missing:
        print('no English for:', k, file=sys.stderr)
    return 1 if missing else 0

USAGE = """Usage:
  disclosure-report                      open the main window
  disclosure-report list [--db PATH]
  disclosure-report import FILE... [--replace] [--db PATH]
  disclosure-report export (--agency NAME --year N | FILE) --to OUT.json [--db PATH]
  disclosure-report set --agency NAME --year N KEY=VALUE... [--db PATH]
  disclosure-report check (--agency NAME --year N | FILE) [--json] [--db PATH]
Exit status: 0 done; 1 the check found errors; 2 unusable input (nothing written).
"""

if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).with_name('disclosure-report_en.ts'))))
