<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>CellValue</name>
    <message>
        <source>“%1”不是金额：请填写以万元为单位的数字，最多 6 位小数，如 96171.6</source>
        <translation>“%1” is not an amount: enter a number in 10,000 yuan with at most 6 decimals, e.g. 96171.6</translation>
    </message>
    <message>
        <source>金额不能为负数：“%1”</source>
        <translation>An amount cannot be negative: “%1”</translation>
    </message>
    <message>
        <source>“%1”不是整数：请只填写数字，减少用负数表示，如 -8</source>
        <translation>“%1” is not a whole number: enter digits only, a decrease as a negative number, e.g. -8</translation>
    </message>
    <message>
        <source>“%1”不是件数：请只填写数字 0–9</source>
        <translation>“%1” is not a count: enter the digits 0–9 only</translation>
    </message>
    <message>
        <source>件数不能为负数：“%1”</source>
        <translation>A count cannot be negative: “%1”</translation>
    </message>
    <message>
        <source>“%1”太大：最大为 %2</source>
        <translation>“%1” is too large: the largest is %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>错误：</source>
        <translation>Error: </translation>
    </message>
    <message>
        <source>用法：
  disclosure-report                      打开主窗口
  disclosure-report list [--db 路径]
  disclosure-report import 文件... [--replace] [--db 路径]
  disclosure-report export (--agency 机关 --year 年份 | 文件) --to 输出.json [--db 路径]
  disclosure-report set --agency 机关 --year 年份 键=值... [--db 路径]
  disclosure-report check (--agency 机关 --year 年份 | 文件) [--json] [--db 路径]
退出状态：0 完成；1 检查发现错误；2 输入无法使用（未写入任何内容）。
</source>
        <translation>Usage:
  disclosure-report                      open the main window
  disclosure-report list [--db PATH]
  disclosure-report import FILE... [--replace] [--db PATH]
  disclosure-report export (--agency NAME --year N | FILE) --to OUT.json [--db PATH]
  disclosure-report set --agency NAME --year N KEY=VALUE... [--db PATH]
  disclosure-report check (--agency NAME --year N | FILE) [--json] [--db PATH]
Exit status: 0 done; 1 the check found errors; 2 unusable input (nothing written).
</translation>
    </message>
    <message>
        <source>未知的子命令“%1”</source>
        <translation>Unknown command “%1”</translation>
    </message>
    <message>
        <source>表式定义无法加载：%1</source>
        <translation>The form definitions cannot be loaded: %1</translation>
    </message>
    <message>
        <source>%1 后面缺少值</source>
        <translation>%1 needs a value</translation>
    </message>
    <message>
        <source>--year：“%1”不是四位年份</source>
        <translation>--year: “%1” is not a four-digit year</translation>
    </message>
    <message>
        <source>未知的选项“%1”</source>
        <translation>Unknown option “%1”</translation>
    </message>
    <message>
        <source>--db：数据库文件 %1 不存在</source>
        <translation>--db: the database file %1 does not exist</translation>
    </message>
    <message>
        <source>%1：文件不存在</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <source>%1：无法读取（%2）</source>
        <translation>%1: cannot be read (%2)</translation>
    </message>
    <message>
        <source>请给出一个报告文件，或者 --agency 与 --year</source>
        <translation>Give one report file, or --agency and --year</translation>
    </message>
    <message>
        <source>缺少 --agency</source>
        <translation>--agency is missing</translation>
    </message>
    <message>
        <source>缺少 --year</source>
        <translation>--year is missing</translation>
    </message>
    <message>
        <source>--agency/--year：数据库中没有 %1 %2 年的报告</source>
        <translation>--agency/--year: the database has no report of %1 for %2</translation>
    </message>
    <message>
        <source>list 不接受参数“%1”</source>
        <translation>list takes no argument “%1”</translation>
    </message>
    <message>
        <source>import 需要至少一个报告文件</source>
        <translation>import needs at least one report file</translation>
    </message>
    <message>
        <source>%1：目前只能导入报告 JSON 文件（.json）</source>
        <translation>%1: only report JSON files (.json) can be imported for now</translation>
    </message>
    <message>
        <source>%1：%2 %3 年的报告在给出的文件中出现了两次</source>
        <translation>%1: the report of %2 for %3 appears twice among the files</translation>
    </message>
    <message>
        <source>已导入 %1 %2 年的报告（%3 个错误，%4 个警告）</source>
        <translation>Imported the report of %1 for %2 (%3 errors, %4 warnings)</translation>
    </message>
    <message>
        <source>export 需要 --to 输出文件</source>
        <translation>export needs --to OUTPUT</translation>
    </message>
    <message>
        <source>--to：不支持的输出格式“%1”（目前支持 .json）</source>
        <translation>--to: unsupported output format “%1” (.json is supported for now)</translation>
    </message>
    <message>
        <source>--to：无法写入 %1（%2）</source>
        <translation>--to: cannot write %1 (%2)</translation>
    </message>
    <message>
        <source>set 需要 --agency</source>
        <translation>set needs --agency</translation>
    </message>
    <message>
        <source>set 需要 --year</source>
        <translation>set needs --year</translation>
    </message>
    <message>
        <source>set 需要至少一个 键=值，如 t3.new.natural=5</source>
        <translation>set needs at least one KEY=VALUE, e.g. t3.new.natural=5</translation>
    </message>
    <message>
        <source>“%1”不是 键=值 的形式</source>
        <translation>“%1” is not of the form KEY=VALUE</translation>
    </message>
    <message>
        <source>%1：该报告没有这个单元格</source>
        <translation>%1: this report has no such cell</translation>
    </message>
    <message>
        <source>%1：%2 是自动计算的合计，不能直接填写</source>
        <translation>%1: %2 is a computed total and cannot be set</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>error</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>%1 %2 年：%3 个错误，%4 个警告</source>
        <translation>%1, %2: %3 errors, %4 warnings</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>政府信息公开工作年度报告</source>
        <translation>Government Information Disclosure Annual Report</translation>
    </message>
    <message>
        <source>机关</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 份报告</source>
        <translation><numerusform>%n report</numerusform><numerusform>%n reports</numerusform></translation>
    </message>
</context>
<context>
    <name>ReportChecker</name>
    <message>
        <source>%1未填写</source>
        <translation>%1 is blank</translation>
    </message>
    <message>
        <source>%1未填写，应为 %2</source>
        <translation>%1 is blank; it should be %2</translation>
    </message>
    <message>
        <source>%1为负数（%2），件数和金额不能为负</source>
        <translation>%1 is negative (%2); counts and amounts cannot be negative</translation>
    </message>
    <message>
        <source>%1为 %2，各项之和为 %3</source>
        <translation>%1 is %2, the sum of its parts is %3</translation>
    </message>
    <message>
        <source>%1为 %2，办理结果各项之和为 %3</source>
        <translation>%1 is %2, the sum of the results is %3</translation>
    </message>
    <message>
        <source>%1列：第一项加第二项之和为 %2，第三项加第四项之和为 %3</source>
        <translation>Column %1: items one plus two make %2, items three plus four make %3</translation>
    </message>
    <message>
        <source>%1为 %2，上一年度报告的结转下年度继续办理为 %3</source>
        <translation>%1 is %2, last year’s report carried %3 forward</translation>
    </message>
    <message>
        <source>%1为 %2，上一年度现行有效件数加本年制发件数减本年废止件数为 %3</source>
        <translation>%1 is %2; last year’s count in force plus issued minus repealed is %3</translation>
    </message>
    <message>
        <source>%1为 %2，上一年度报告的上一年项目数量加本年增/减为 %3</source>
        <translation>%1 is %2; last year’s items plus last year’s change is %3</translation>
    </message>
    <message>
        <source>%1：%2 ≠ %3</source>
        <translation>%1: %2 ≠ %3</translation>
    </message>
</context>
<context>
    <name>ReportJson</name>
    <message>
        <source>未知的成员</source>
        <translation>unknown member</translation>
    </message>
    <message>
        <source>应为字符串，实为 %1</source>
        <translation>expected a string, got %1</translation>
    </message>
    <message>
        <source>应为对象，实为 %1</source>
        <translation>expected an object, got %1</translation>
    </message>
    <message>
        <source>应为整数（不带小数点或指数），实为 %1</source>
        <translation>expected an integer (no fraction or exponent), got %1</translation>
    </message>
    <message>
        <source>整数超出范围（最大 %1），实为 %2</source>
        <translation>integer out of range (largest %1), got %2</translation>
    </message>
    <message>
        <source>应为以字符串书写的金额（如 &quot;96171.6&quot;），实为 %1</source>
        <translation>expected an amount written as a string (e.g. &quot;96171.6&quot;), got %1</translation>
    </message>
    <message>
        <source>金额格式不正确（最多 6 位小数，无前导零），实为 %1</source>
        <translation>malformed amount (at most 6 decimals, no leading zeros), got %1</translation>
    </message>
    <message>
        <source>空字符串不是值：空白单元格写 null</source>
        <translation>an empty string is not a value: write null for a blank cell</translation>
    </message>
    <message>
        <source>不是有效的 JSON（第 %1 个字节处：%2）</source>
        <translation>not valid JSON (at byte %1: %2)</translation>
    </message>
    <message>
        <source>顶层应为一个对象</source>
        <translation>the top level must be an object</translation>
    </message>
    <message>
        <source>缺少必需的成员</source>
        <translation>required member missing</translation>
    </message>
    <message>
        <source>应为 &quot;%1&quot;，实为 %2</source>
        <translation>expected &quot;%1&quot;, got %2</translation>
    </message>
    <message>
        <source>应为非空字符串，实为 %1</source>
        <translation>expected a non-empty string, got %1</translation>
    </message>
    <message>
        <source>应为四位整数年份，实为 %1</source>
        <translation>expected a four-digit integer year, got %1</translation>
    </message>
    <message>
        <source>应为 %1 之一，实为 %2</source>
        <translation>expected one of %1, got %2</translation>
    </message>
    <message>
        <source>应为 YYYY-MM-DD 格式的有效日期或 null，实为 %1</source>
        <translation>expected a valid YYYY-MM-DD date or null, got %1</translation>
    </message>
    <message>
        <source>不属于所选表式（%1: %2）</source>
        <translation>not a cell of the chosen form (%1: %2)</translation>
    </message>
    <message>
        <source>未知的单元格</source>
        <translation>unknown cell</translation>
    </message>
    <message>
        <source>第二十条第（九）项的两个单元格须同时出现或同时省略</source>
        <translation>the two cells of 第二十条第（九）项 must be present together or absent together</translation>
    </message>
    <message>
        <source>缺少单元格</source>
        <translation>cell missing</translation>
    </message>
    <message>
        <source>注释的单元格不在 cells 中</source>
        <translation>annotation of a cell that is not in cells</translation>
    </message>
</context>
<context>
    <name>ReportStore</name>
    <message>
        <source>数据库 %1 出错</source>
        <translation>Database %1 failed</translation>
    </message>
    <message>
        <source>%1 不是文件</source>
        <translation>%1 is not a file</translation>
    </message>
    <message>
        <source>无法创建目录 %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
    <message>
        <source>缺少 Qt 的 SQLite 驱动（Debian 软件包 libqt6sql6-sqlite）</source>
        <translation>Qt’s SQLite driver is missing (Debian package libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>无法打开数据库 %1</source>
        <translation>Cannot open the database %1</translation>
    </message>
    <message>
        <source>%1 不是可用的数据库文件，未作任何改动</source>
        <translation>%1 is not a usable database file; nothing was changed</translation>
    </message>
    <message>
        <source>%1 不是本程序的数据库，未作任何改动</source>
        <translation>%1 is not a database of this program; nothing was changed</translation>
    </message>
    <message>
        <source>%1 由更新版本的程序创建（数据库版本 %2，本程序支持到 %3），未作任何改动</source>
        <translation>%1 was made by a newer version (database version %2, this program knows up to %3); nothing was changed</translation>
    </message>
    <message>
        <source>缺少数据库迁移脚本 %1</source>
        <translation>Database migration script %1 is missing</translation>
    </message>
    <message>
        <source>数据库 %1 无法升级到版本 %2</source>
        <translation>Database %1 cannot be upgraded to version %2</translation>
    </message>
    <message>
        <source>数据库 %1 中 %2 %3 年的报告</source>
        <translation>The report of %2 for %3 in database %1</translation>
    </message>
    <message>
        <source>含有未知的单元格 %1</source>
        <translation> holds an unknown cell %1</translation>
    </message>
    <message>
        <source>的单元格 %1 不是金额</source>
        <translation>: cell %1 is not an amount</translation>
    </message>
    <message>
        <source>缺少单元格 %1</source>
        <translation> lacks cell %1</translation>
    </message>
    <message>
        <source>%1 %2 年的报告已在数据库中（要替换它，请使用 --replace）</source>
        <translation>The report of %1 for %2 is already in the database (use --replace to replace it)</translation>
    </message>
    <message>
        <source>数据库中没有 %1 %2 年的报告</source>
        <translation>The database has no report of %1 for %2</translation>
    </message>
    <message>
        <source>无法写入单元格 %1</source>
        <translation>Cannot write cell %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>政府信息公开年报</source>
        <translation>Disclosure Report</translation>
    </message>
</context>
</TS>
