<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AccessCommand</name>
    <message>
        <source>access list|add-clerk|add-reviewer|add-admin|grant|revoke|password|remove [账号] [--agency 机关]... [--writes 机关]... [--reviews 机关]... [--password-file 文件] --db postgresql://…</source>
        <translation>access list|add-clerk|add-reviewer|add-admin|grant|revoke|password|remove [ACCOUNT] [--agency NAME]... [--writes NAME]... [--reviews NAME]... [--password-file FILE] --db postgresql://…</translation>
    </message>
    <message>
        <source>办公室服务器上的账号（管理员用）：list 列出谁能做什么；add-clerk 账号 --agency 机关（填报人）；add-reviewer 账号 --agency 地区（审核人）；
add-admin 账号；grant/revoke 账号 --writes 机关 | --reviews 地区（revoke 不带机关：取消全部权限）；password 账号；remove 账号。
新账号的口令在终端上输入两遍，或用 --password-file 从只有本人能读的文件读取</source>
        <translation>The accounts of an office's server (for its administrator): list shows who may do what; add-clerk ACCOUNT --agency NAME (a clerk); add-reviewer ACCOUNT --agency REGION (a reviewer);
add-admin ACCOUNT; grant/revoke ACCOUNT --writes NAME | --reviews REGION (revoke with no agency: every right); password ACCOUNT; remove ACCOUNT.
A new account's password is typed twice on the terminal, or read with --password-file from a file only you can read</translation>
    </message>
    <message>
        <source>填报这个机关的报告</source>
        <translation>writes this agency's reports</translation>
    </message>
    <message>
        <source>机关</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>审核这个地区（机关及其下级）的报告</source>
        <translation>reviews this region's reports (the agency and all below it)</translation>
    </message>
    <message>
        <source>口令所在的文件（第一行）</source>
        <translation>the file holding the password (its first line)</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>--password-file：无法读取 %1（%2）</source>
        <translation>--password-file: cannot read %1 (%2)</translation>
    </message>
    <message>
        <source>%1 的新口令：</source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <source>再输入一遍：</source>
        <translation>Again: </translation>
    </message>
    <message>
        <source>两次输入的口令不一致，未作任何改动</source>
        <translation>The two passwords differ; nothing was changed</translation>
    </message>
    <message>
        <source>新账号需要口令：在终端上运行以输入口令，或用 --password-file 给出（不在命令行上写口令，以免别人看到）</source>
        <translation>A new account needs a password: run this on a terminal to type it, or give it with --password-file (never on the command line, where others can see it)</translation>
    </message>
    <message>
        <source>access 需要一个操作：%1</source>
        <translation>access needs an action: %1</translation>
    </message>
    <message>
        <source>access %1 需要一个账号名</source>
        <translation>access %1 needs an account name</translation>
    </message>
    <message>
        <source>账号属于办公室的服务器数据库：请用 --db postgresql://管理员@主机/数据库名</source>
        <translation>Accounts belong to an office's server database: use --db postgresql://ADMIN@HOST/DATABASE</translation>
    </message>
    <message>
        <source>add-clerk 需要 --agency：这个填报人填报哪个机关的报告</source>
        <translation>add-clerk needs --agency: whose reports this clerk writes</translation>
    </message>
    <message>
        <source>add-reviewer 需要 --agency：这个审核人审核哪个地区（机关及其下级）的报告</source>
        <translation>add-reviewer needs --agency: which region's reports (the agency and all below it) this reviewer reviews</translation>
    </message>
    <message>
        <source>口令太短：至少 8 个字符</source>
        <translation>The password is too short: at least 8 characters</translation>
    </message>
    <message>
        <source>填报人</source>
        <translation>clerk</translation>
    </message>
    <message>
        <source>审核人</source>
        <translation>reviewer</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>填报：%1</source>
        <translation>writes: %1</translation>
    </message>
    <message>
        <source>审核：%1</source>
        <translation>reviews: %1</translation>
    </message>
    <message>
        <source>	（不能登录）</source>
        <translation>	(cannot log in)</translation>
    </message>
    <message>
        <source>grant 需要 --writes 机关 或 --reviews 地区</source>
        <translation>grant needs --writes NAME or --reviews REGION</translation>
    </message>
    <message>
        <source>已完成：access %1 %2</source>
        <translation>Done: access %1 %2</translation>
    </message>
</context>
<context>
    <name>AgenciesCommand</name>
    <message>
        <source>agencies [--import 层级.csv] [--db 路径]</source>
        <translation>agencies [--import TREE.csv] [--db PATH]</translation>
    </message>
    <message>
        <source>机关层级：列出机关&lt;TAB&gt;上级机关；--import 从 CSV 设置（每行：机关,上级机关）</source>
        <translation>The agency tree: lists agency&lt;TAB&gt;parent; --import sets it from a CSV file (lines: agency,parent)</translation>
    </message>
    <message>
        <source>机关层级 CSV</source>
        <translation>agency tree CSV</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>agencies 不接受参数“%1”</source>
        <translation>agencies takes no argument “%1”</translation>
    </message>
    <message>
        <source>--import：%1</source>
        <translation>--import: %1</translation>
    </message>
    <message numerus="yes">
        <source>已设置 %n 个机关的上级机关</source>
        <translation><numerusform>Set the parent of %n agency</numerusform><numerusform>Set the parents of %n agencies</numerusform></translation>
    </message>
</context>
<context>
    <name>AgencyTreeCsv</name>
    <message>
        <source>第 %1 行应为“机关,上级机关”：%2</source>
        <translation>line %1 should be “agency,parent”: %2</translation>
    </message>
    <message>
        <source>文件中没有“机关,上级机关”的行</source>
        <translation>the file has no “agency,parent” lines</translation>
    </message>
</context>
<context>
    <name>AlignedReader</name>
    <message>
        <source>行名与表中的“%1”不完全相同</source>
        <translation>the row label differs from “%1” in the form</translation>
    </message>
    <message>
        <source>第 %1 行的行名按“%2”读取，请核对</source>
        <translation>the row label on line %1 was read as “%2”; please check</translation>
    </message>
    <message>
        <source>这一行数字旁没有认出行名，按顺序放在“%1”</source>
        <translation>no row label recognised beside these numbers; placed in “%1” by order</translation>
    </message>
    <message>
        <source>这一行只有 %1 个数（表中 %2 格）</source>
        <translation>this row has only %1 numbers (the form has %2 cells)</translation>
    </message>
    <message>
        <source>%1：%2，分不清属于哪几列，整行留空</source>
        <translation>%1: %2; which columns they belong to cannot be told, the row is left blank</translation>
    </message>
    <message>
        <source>，分不清属于哪几列</source>
        <translation>; which columns they belong to cannot be told</translation>
    </message>
    <message>
        <source>%1：%2，按列的位置填入，其余留空</source>
        <translation>%1: %2; filled by column position, the rest left blank</translation>
    </message>
    <message>
        <source>，按列的位置填入</source>
        <translation>, filled by column position</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>backup [--to 备份文件] [--db 路径]</source>
        <translation>backup [--to BACKUP] [--db PATH]</translation>
    </message>
    <message>
        <source>立即备份数据库（缺省写在每日备份的文件夹中）</source>
        <translation>Back up the database now (by default beside the daily backups)</translation>
    </message>
    <message>
        <source>备份文件</source>
        <translation>backup file</translation>
    </message>
    <message>
        <source>backup 不接受参数“%1”（备份文件用 --to 给出）</source>
        <translation>backup takes no argument “%1” (give the backup file with --to)</translation>
    </message>
    <message>
        <source>已备份到 %1</source>
        <translation>Backed up to %1</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>开始导出(&amp;S)</source>
        <translation>&amp;Start Exporting</translation>
    </message>
    <message>
        <source>开始检查(&amp;S)</source>
        <translation>&amp;Start Checking</translation>
    </message>
    <message>
        <source>批量导出</source>
        <translation>Export Many</translation>
    </message>
    <message>
        <source>批量检查</source>
        <translation>Check Many</translation>
    </message>
    <message numerus="yes">
        <source>列表中选定的 %n 份报告</source>
        <translation><numerusform>the %n report selected in the list</numerusform><numerusform>the %n reports selected in the list</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>全部 %n 份报告</source>
        <translation><numerusform>all %n report</numerusform><numerusform>all %n reports</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 年的 %n 份报告</source>
        <translation><numerusform>the %n report of %1</numerusform><numerusform>the %n reports of %1</numerusform></translation>
    </message>
    <message>
        <source>范围(&amp;R)：</source>
        <translation>&amp;Reports:</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>PDF/A-1b（存档）</source>
        <translation>PDF/A-1b (archival)</translation>
    </message>
    <message>
        <source>Word 文档 (DOCX)</source>
        <translation>Word document (DOCX)</translation>
    </message>
    <message>
        <source>ODT 文档</source>
        <translation>ODT document</translation>
    </message>
    <message>
        <source>网页 (HTML)</source>
        <translation>Web page (HTML)</translation>
    </message>
    <message>
        <source>报告 JSON</source>
        <translation>Report JSON</translation>
    </message>
    <message>
        <source>格式(&amp;F)：</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>浏览(&amp;W)…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <source>保存到文件夹(&amp;L)：</source>
        <translation>Save to fo&amp;lder:</translation>
    </message>
    <message>
        <source>每份报告一个文件，以“机关-年份”命名；同名文件会被替换。</source>
        <translation>One file per report, named “agency-year”; a file of the same name is replaced.</translation>
    </message>
    <message>
        <source>机关</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
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
        <source>第一个错误</source>
        <translation>First error</translation>
    </message>
    <message>
        <source>保存到文件夹</source>
        <translation>Save to Folder</translation>
    </message>
    <message>
        <source>请选择保存到哪个文件夹</source>
        <translation>Choose the folder to save into</translation>
    </message>
    <message>
        <source>无法建立文件夹 %1</source>
        <translation>Cannot make the folder %1</translation>
    </message>
    <message>
        <source>%1 的口令：</source>
        <translation>Password for %1:</translation>
    </message>
    <message numerus="yes">
        <source>正在导出 %n 份报告…</source>
        <translation><numerusform>Exporting %n report…</numerusform><numerusform>Exporting %n reports…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>正在检查 %n 份报告…</source>
        <translation><numerusform>Checking %n report…</numerusform><numerusform>Checking %n reports…</numerusform></translation>
    </message>
    <message>
        <source>停止(&amp;T)</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>正在停止：完成已开始的报告…</source>
        <translation>Stopping: finishing the reports begun…</translation>
    </message>
    <message>
        <source>%1 %2 年：%3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>已导出 %n 份报告</source>
        <translation><numerusform>Exported %n report</numerusform><numerusform>Exported %n reports</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>已检查 %n 份报告，其中 %1 份有错误</source>
        <translation><numerusform>Checked %n report, %1 with errors</numerusform><numerusform>Checked %n reports, %1 with errors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>；已停止，%n 份未开始</source>
        <translation><numerusform>; stopped, %n not begun</numerusform><numerusform>; stopped, %n not begun</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>；%n 份失败：</source>
        <translation><numerusform>; %n failed:</numerusform><numerusform>; %n failed:</numerusform></translation>
    </message>
    <message>
        <source>。</source>
        <translation>.</translation>
    </message>
</context>
<context>
    <name>BatchImportDialog</name>
    <message>
        <source>替换数据库中已有的同一机关同一年度的报告(&amp;R)（已签发或审核中的不会被替换）</source>
        <translation>&amp;Replace a report of the same agency and year already in the database (never a signed one or one under review)</translation>
    </message>
    <message>
        <source>开始导入(&amp;S)</source>
        <translation>&amp;Start the import</translation>
    </message>
    <message>
        <source>批量导入</source>
        <translation>Import many</translation>
    </message>
    <message>
        <source>要导入的文件、文件夹或网址，每行一个(&amp;I)：</source>
        <translation>Files, folders or addresses to &amp;import, one per line:</translation>
    </message>
    <message>
        <source>例如：
/home/办公室/年报/某县
https://www.example.gov.cn/zwgk/2024年报.html</source>
        <translation>For example:
/home/office/reports/county
https://www.example.gov.cn/zwgk/2024-report.html</translation>
    </message>
    <message>
        <source>添加文件(&amp;A)…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <source>添加文件夹(&amp;F)…</source>
        <translation>Add a &amp;folder…</translation>
    </message>
    <message>
        <source>文件或网址</source>
        <translation>File or address</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>机关</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
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
        <source>待确认</source>
        <translation>To confirm</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>双击已导入的一行打开该报告，核对标出的单元格</source>
        <translation>Double-click an imported row to open the report and check its marked cells</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>添加文件</source>
        <translation>Add files</translation>
    </message>
    <message>
        <source>报告文件 (*.json *.txt *.md *.html *.htm *.docx *.odt *.doc *.wps *.pdf *.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)</source>
        <translation>Report files (*.json *.txt *.md *.html *.htm *.docx *.odt *.doc *.wps *.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <source>添加文件夹</source>
        <translation>Add a folder</translation>
    </message>
    <message>
        <source>请先列出要导入的文件、文件夹或网址</source>
        <translation>First list the files, folders or addresses to import</translation>
    </message>
    <message>
        <source>列出的文件夹中没有可以导入的报告文件</source>
        <translation>The folders listed hold no report file that can be imported</translation>
    </message>
    <message numerus="yes">
        <source>正在导入 %n 份报告…（扫描件要逐页识别文字，每页约几秒）</source>
        <translation><numerusform>Importing %n report… (a scan is read page by page, a few seconds a page)</numerusform><numerusform>Importing %n reports… (a scan is read page by page, a few seconds a page)</numerusform></translation>
    </message>
    <message>
        <source>已导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>未导入</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>未开始</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>共 %1 个文件或网址：导入 %2 份（其中 %3 份有待确认的单元格），未导入 %4 份</source>
        <translation>%1 files or addresses: %2 imported (%3 with cells to confirm), %4 not imported</translation>
    </message>
    <message numerus="yes">
        <source>；已停止，%n 份未开始</source>
        <translation><numerusform>; stopped, %n not begun</numerusform><numerusform>; stopped, %n not begun</numerusform></translation>
    </message>
    <message>
        <source>。双击已导入的一行打开该报告。</source>
        <translation>. Double-click an imported row to open the report.</translation>
    </message>
</context>
<context>
    <name>BuildInfo</name>
    <message>
        <source>%1（编译时 %2）</source>
        <translation>%1 (built with %2)</translation>
    </message>
    <message>
        <source>版本：%1
提交：%2
Qt：%3
数据库结构版本：%4</source>
        <translation>Version: %1
Commit: %2
Qt: %3
Database schema version: %4</translation>
    </message>
</context>
<context>
    <name>CellPerLineReader</name>
    <message>
        <source>行名之后有 %1 行，表中这一行有 %2 格</source>
        <translation>%1 lines follow the row label, the form has %2 cells</translation>
    </message>
    <message>
        <source>%1：%2，按顺序填入，请核对</source>
        <translation>%1: %2; filled in order, please check</translation>
    </message>
    <message>
        <source>原文的行名“%1”与表中的“%2”不完全相同</source>
        <translation>the label “%1” in the text differs from “%2” in the form</translation>
    </message>
    <message>
        <source>第 %1 行的“%2”按“%3”读取，请核对</source>
        <translation>“%2” on line %1 was read as “%3”; please check</translation>
    </message>
    <message>
        <source>行名与数字分开，按表中格子的顺序填入</source>
        <translation>labels apart from the numbers; filled in the order of the form's cells</translation>
    </message>
</context>
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
    <name>CffSubsetter</name>
    <message>
        <source>不是 CFF 1 字体</source>
        <translation>not a CFF 1 font</translation>
    </message>
    <message>
        <source>CFF 表头损坏</source>
        <translation>the CFF header is broken</translation>
    </message>
    <message>
        <source>CFF 缺少字形</source>
        <translation>the CFF has no glyphs</translation>
    </message>
    <message>
        <source>CFF 字形索引损坏</source>
        <translation>the CFF glyph index is broken</translation>
    </message>
    <message>
        <source>CID 字体缺少 FDArray 或 FDSelect</source>
        <translation>the CID font lacks FDArray or FDSelect</translation>
    </message>
    <message>
        <source>CFF 字典损坏</source>
        <translation>a CFF dictionary is broken</translation>
    </message>
    <message>
        <source>CFF 私有字典损坏</source>
        <translation>a CFF private dictionary is broken</translation>
    </message>
    <message>
        <source>不认识的 FDSelect 格式 %1</source>
        <translation>unknown FDSelect format %1</translation>
    </message>
    <message>
        <source>CFF FDSelect 损坏</source>
        <translation>the CFF FDSelect is broken</translation>
    </message>
    <message>
        <source>字形 %1 不在字体中</source>
        <translation>glyph %1 is not in the font</translation>
    </message>
    <message>
        <source>字形 %1 的轮廓损坏</source>
        <translation>the outline of glyph %1 is broken</translation>
    </message>
</context>
<context>
    <name>ChangeFormsCommand</name>
    <message>
        <source>更改 %1 %2 年报告的表式</source>
        <translation>Change the forms of the %2 report of %1</translation>
    </message>
</context>
<context>
    <name>ChangeFormsDialog</name>
    <message>
        <source>相同的单元格保留原来的数字。</source>
        <translation>Cells both forms have keep their numbers.</translation>
    </message>
    <message>
        <source>新表式中没有下列单元格，其数字将不再保留（可以撤销）：</source>
        <translation>The new forms have none of these cells; their numbers will not be kept (this can be undone):</translation>
    </message>
    <message>
        <source>更改表式</source>
        <translation>Change forms</translation>
    </message>
    <message>
        <source>表二(&amp;2)：</source>
        <translation>Table &amp;2:</translation>
    </message>
    <message>
        <source>表三(&amp;3)：</source>
        <translation>Table &amp;3:</translation>
    </message>
    <message>
        <source>下列各行将是原表式各行逐列之和：</source>
        <translation>These rows will be the column-wise sums of the old form's rows:</translation>
    </message>
    <message>
        <source>相同的单元格保留原来的数字；另外：</source>
        <translation>Cells both forms have keep their numbers; besides:</translation>
    </message>
</context>
<context>
    <name>ChangeWatch</name>
    <message>
        <source>%1 %2 年的报告已在别处修改</source>
        <translation>The %1 report for %2 was changed elsewhere</translation>
    </message>
    <message numerus="yes">
        <source>（%n 处）</source>
        <translation><numerusform> (%n place)</numerusform><numerusform> (%n places)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>（%1，%n 处）</source>
        <translation><numerusform> (%1, %n place)</numerusform><numerusform> (%1, %n places)</numerusform></translation>
    </message>
    <message>
        <source>，已合并到正在编辑的报告，您的撤销记录保留</source>
        <translation>; merged into the report you are editing, your undo history kept</translation>
    </message>
    <message>
        <source>：%1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>%1 %2 年的报告的表格样式已在别处更换，已重新载入（之前的撤销记录已清空）</source>
        <translation>The forms of the %1 report for %2 were changed elsewhere; it was read again (the earlier undo history is cleared)</translation>
    </message>
    <message>
        <source>● 与服务器的连接已断开，正在自动重新连接</source>
        <translation>● Connection to the server lost, reconnecting</translation>
    </message>
    <message>
        <source>与数据库服务器 %1 的连接已断开（服务器停止、重启或网络中断）。程序每 2 秒自动重新连接一次，不需要重新输入口令。
打开的报告仍可查看；这期间的修改不能保存，您输入的内容会在连接恢复后再次提供保存。</source>
        <translation>The connection to the database server %1 was lost (the server stopped or restarted, or the network failed). The program reconnects by itself every 2 seconds; the password need not be typed again.
The open report can still be read; changes cannot be saved meanwhile, and what you type is offered for saving again once the connection is back.</translation>
    </message>
    <message>
        <source>与服务器 %1 的连接已断开：正在自动重新连接。打开的报告仍可查看，修改暂时不能保存</source>
        <translation>Connection to the server %1 lost: reconnecting. The open report can still be read; changes cannot be saved for now</translation>
    </message>
    <message>
        <source>已重新连接服务器 %1，断线期间别处的修改已载入</source>
        <translation>Reconnected to the server %1; changes made elsewhere meanwhile are loaded</translation>
    </message>
    <message numerus="yes">
        <source>连接已恢复。断线时有 %n 处修改没有保存：</source>
        <translation><numerusform>The connection is back. %n change made while disconnected was not saved:</numerusform><numerusform>The connection is back. %n changes made while disconnected were not saved:</numerusform></translation>
    </message>
    <message>
        <source>现在保存吗？</source>
        <translation>Save them now?</translation>
    </message>
    <message>
        <source>保存断线时的修改</source>
        <translation>Save the changes made while disconnected</translation>
    </message>
</context>
<context>
    <name>ChartCommand</name>
    <message>
        <source>chart --agency 机关 [--year 截至年份] --to 图.png|.svg [--db 路径]</source>
        <translation>chart --agency NAME [--year LAST] --to CHART.png|.svg [--db PATH]</translation>
    </message>
    <message>
        <source>历年主要数据图（新收申请、办结、行政复议、行政诉讼）</source>
        <translation>The main figures over the years (new requests, concluded, reconsideration, litigation)</translation>
    </message>
    <message>
        <source>图.png 或 图.svg</source>
        <translation>CHART.png or CHART.svg</translation>
    </message>
    <message>
        <source>chart 需要 --agency</source>
        <translation>chart needs --agency</translation>
    </message>
    <message>
        <source>chart 需要 --to 图.png 或 图.svg</source>
        <translation>chart needs --to CHART.png or CHART.svg</translation>
    </message>
    <message>
        <source>chart 不接受参数“%1”</source>
        <translation>chart takes no argument "%1"</translation>
    </message>
    <message>
        <source>--to：图表只能保存为 .png 或 .svg（不是“%1”）</source>
        <translation>--to: a chart is saved as .png or .svg (not "%1")</translation>
    </message>
    <message>
        <source>--agency：数据库中没有 %1 的报告</source>
        <translation>--agency: the database has no report of %1</translation>
    </message>
    <message>
        <source>数据库中只有 %1 %2 年的报告：图表至少要两年</source>
        <translation>The database holds only the %2 report of %1: a chart needs at least two years</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>检查全部报告</source>
        <translation>check every report</translation>
    </message>
    <message>
        <source>--jobs 只用于 import、check --all 和 export --all</source>
        <translation>--jobs is only for import, check --all and export --all</translation>
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
    <message>
        <source>check --all 检查数据库中的全部报告（可用 --year 限定年份），不接受文件或 --agency</source>
        <translation>check --all checks every report in the database (--year for one year's); it takes no file and no --agency</translation>
    </message>
    <message>
        <source>检查</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>%1 个错误</source>
        <translation>%1 errors</translation>
    </message>
    <message>
        <source>%1 个警告</source>
        <translation>%1 warnings</translation>
    </message>
    <message>
        <source>检查了 %1 份报告：%2 份有错误，%3 份只有警告</source>
        <translation>Checked %1 reports: %2 with errors, %3 with warnings only</translation>
    </message>
    <message>
        <source>check (--agency 机关 --year 年份 | 文件) [--json] [--rules-only] [--db 路径]
  disclosure-report check --all [--year 年份] [--json] [--rules-only] [--jobs N] [--db 路径]
  disclosure-report check --kinds</source>
        <translation>check (--agency NAME --year N | FILE) [--json] [--rules-only] [--db PATH]
  disclosure-report check --all [--year N] [--json] [--rules-only] [--jobs N] [--db PATH]
  disclosure-report check --kinds</translation>
    </message>
    <message>
        <source>检查报告，列出窗口的检查结果列出的全部问题（表格规则、正文与表格、与上一年比较）；--rules-only 只查报告格式的勾稽规则；
--all：检查全部报告（机关&lt;TAB&gt;年份&lt;TAB&gt;错误&lt;TAB&gt;警告&lt;TAB&gt;第一个错误）；--kinds：列出每一种问题及其含义</source>
        <translation>Check a report: every finding the window's check results list (the tables' rules, the prose against the tables, last year); --rules-only: the form's consistency rules alone;
--all: every report (agency&lt;TAB&gt;year&lt;TAB&gt;errors&lt;TAB&gt;warnings&lt;TAB&gt;first error); --kinds: every kind of finding and what it means</translation>
    </message>
    <message>
        <source>只查报告格式的勾稽规则（report-formats.md 第 7 节）</source>
        <translation>only the form's consistency rules (report-formats.md section 7)</translation>
    </message>
    <message>
        <source>列出每一种问题及其含义</source>
        <translation>list every kind of finding and what it means</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>数据库中没有 %1 年的报告</source>
        <translation>The database has no report of %1</translation>
    </message>
    <message>
        <source>数据库中没有报告</source>
        <translation>The database has no report</translation>
    </message>
    <message>
        <source>机关名称</source>
        <translation>the agency's name</translation>
    </message>
    <message>
        <source>机关</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>年份（四位）</source>
        <translation>the year (four digits)</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>输出</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>同时处理几份（缺省每核一份）</source>
        <translation>how many at once (default one per core)</translation>
    </message>
    <message>
        <source>以 JSON 输出</source>
        <translation>write JSON</translation>
    </message>
    <message>
        <source>错误：</source>
        <translation>Error: </translation>
    </message>
    <message>
        <source>--db：数据库文件 %1 不存在</source>
        <translation>--db: the database file %1 does not exist</translation>
    </message>
    <message>
        <source>%1 的口令：</source>
        <translation>Password for %1:</translation>
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
        <source>--year：“%1”不是四位年份</source>
        <translation>--year: “%1” is not a four-digit year</translation>
    </message>
    <message>
        <source>--jobs：“%1”不是 1 到 256 之间的整数</source>
        <translation>--jobs: “%1” is not a whole number from 1 to 256</translation>
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
        <source>%1 份/秒</source>
        <translation>%1 reports/s</translation>
    </message>
    <message>
        <source>正在停止：完成已开始的报告…</source>
        <translation>Stopping: finishing the reports begun…</translation>
    </message>
    <message>
        <source>还需 %1:%2</source>
        <translation>%1:%2 left</translation>
    </message>
    <message>
        <source>失败：%1：%2</source>
        <translation>Failed: %1: %2</translation>
    </message>
    <message>
        <source>已中断（Ctrl+C）：</source>
        <translation>Interrupted (Ctrl+C): </translation>
    </message>
    <message>
        <source>完成 %1 份，跳过 %2 份（未开始），失败 %3 份</source>
        <translation>%1 done, %2 skipped (not begun), %3 failed</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
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
        <source>未知的选项“%1”</source>
        <translation>Unknown option “%1”</translation>
    </message>
    <message>
        <source>数据库</source>
        <translation>database</translation>
    </message>
    <message>
        <source>路径</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>这个子命令的用法</source>
        <translation>this command's usage</translation>
    </message>
    <message>
        <source>用法：
  disclosure-report                      打开主窗口
</source>
        <translation>Usage:
  disclosure-report                      open the main window
</translation>
    </message>
    <message>
        <source>--db：SQLite 数据库文件的路径（缺省为本机的默认数据库），或服务器 postgresql://用户@主机[:端口]/数据库名
      （服务器口令取自 ~/.pgpass 或 PGPASSWORD，否则在终端上询问；本程序不保存口令）
每个子命令的 --help 说明它自己的选项。
退出状态：0 完成；1 检查发现错误（verify：不是已签发的报告）；2 输入无法使用（未写入任何内容）；
          3 已导入，但有单元格或机关名称未能确定，需要核对（见“注意”各行）；
          4 批量处理中有报告失败（见最后的汇总）；130 批量处理被 Ctrl+C 中断（已写出的文件都是完整的）。
</source>
        <translation>--db: the path of a SQLite database file (by default this computer's default database), or a server's
      postgresql://USER@HOST[:PORT]/DATABASE (its password from ~/.pgpass or PGPASSWORD, else asked on the terminal;
      never kept by this program)
Each command's --help tells its own options.
Exit status: 0 done; 1 the check found errors (verify: not the signed report); 2 unusable input (nothing written);
          3 imported, but cells or an agency name were not certain and need checking (see the "Note" lines);
          4 some reports of a batch failed (see the summary at the end); 130 a batch stopped by Ctrl+C (every file written is whole).
</translation>
    </message>
    <message>
        <source>用法：disclosure-report %1
%2
</source>
        <translation>Usage: disclosure-report %1
%2
</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>连接数据库服务器</source>
        <translation>Connect to a database server</translation>
    </message>
    <message>
        <source>例如 192.168.1.10 或 db.example.gov.cn</source>
        <translation>e.g. 192.168.1.10 or db.example.gov.cn</translation>
    </message>
    <message>
        <source>例如 reports</source>
        <translation>e.g. reports</translation>
    </message>
    <message>
        <source>服务器(&amp;H)：</source>
        <translation>Server (&amp;host):</translation>
    </message>
    <message>
        <source>端口(&amp;P)：</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>数据库(&amp;D)：</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>用户名(&amp;U)：</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>口令取自 ~/.pgpass 或环境变量 PGPASSWORD；都没有时，连接时询问一次，本程序不保存口令。服务器上的数据库由数据库管理员建立，每位办事员一个数据库用户（见 README）。</source>
        <translation>The password comes from ~/.pgpass or the PGPASSWORD environment variable; without either, it is asked once when connecting, and never kept by this program. The database on the server is set up by its administrator, with one database user per clerk (see the README).</translation>
    </message>
    <message>
        <source>连接(&amp;C)</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>服务器</source>
        <translation>server</translation>
    </message>
    <message>
        <source>数据库</source>
        <translation>database</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>user name</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>请填写%1</source>
        <translation>Please fill in: %1</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>机关</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
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
        <source>同级中</source>
        <translation>Among peers</translation>
    </message>
    <message>
        <source>点击列标题排序；双击一行打开该机关的报告。“同级中”是与同一层级各机关相比的位置（P25、P50、P75 为四分位数）</source>
        <translation>Click a column's header to sort; double-click a row to open the agency's report. 'Among peers' places the figure among the agencies at the same level (P25, P50, P75 are the quartiles)</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>上年</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>本年</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>变化</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>与本机关上年报告相比变化异常的数字（检查规则 cell.jump），变化大的在前；双击打开报告</source>
        <translation>Figures out of line with the agency's own report of last year (rule cell.jump), largest first; double-click to open the report</translation>
    </message>
    <message>
        <source>与上年相比变化最大的数字：</source>
        <translation>Figures that moved most against last year:</translation>
    </message>
    <message>
        <source>%1%2年：%3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <source>打开数据库(&amp;K)…</source>
        <translation>Open databa&amp;se…</translation>
    </message>
    <message>
        <source>新建数据库(&amp;E)…</source>
        <translation>N&amp;ew database…</translation>
    </message>
    <message>
        <source>连接数据库服务器(&amp;S)…</source>
        <translation>Connect to a database ser&amp;ver…</translation>
    </message>
    <message>
        <source>最近的数据库(&amp;U)</source>
        <translation>Re&amp;cent databases</translation>
    </message>
    <message>
        <source>从备份恢复(&amp;Y)…</source>
        <translation>Restore from bac&amp;kup…</translation>
    </message>
    <message>
        <source>服务器上的数据库由数据库管理员备份和恢复</source>
        <translation>A database on a server is backed up and restored by its administrator</translation>
    </message>
    <message>
        <source>（没有）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>打开数据库</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>报告数据库 (*.sqlite *.db);;所有文件 (*)</source>
        <translation>Report databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>新建数据库</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>报告数据库 (*.sqlite)</source>
        <translation>Report databases (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 已经存在，未作任何改动。要使用它，请选择“打开数据库”。</source>
        <translation>%1 exists already; nothing was changed. To use it, choose Open database.</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>用备份 %1 的内容替换数据库 %2 的全部内容？
当前的内容会先另存为一个备份，可以再恢复回来。</source>
        <translation>Replace the whole content of the database %2 by the backup %1?
What is there now is kept as a backup first and can be restored again.</translation>
    </message>
    <message>
        <source>已从 %1 恢复；恢复前的内容保存在 %2</source>
        <translation>Restored from %1; what was there before is kept in %2</translation>
    </message>
</context>
<context>
    <name>DeleteReportCommand</name>
    <message>
        <source>删除 %1 %2 年的报告</source>
        <translation>Delete the report of %1 for %2</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <source>2019 年表式（试行）</source>
        <translation>2019 form (trial)</translation>
    </message>
    <message>
        <source>2021 年表式</source>
        <translation>2021 form</translation>
    </message>
    <message>
        <source>印制落款和成文日期</source>
        <translation>Print the signature and date</translation>
    </message>
    <message>
        <source>机关：</source>
        <translation>Agency:</translation>
    </message>
    <message>
        <source>年度：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>表式：</source>
        <translation>Forms:</translation>
    </message>
    <message>
        <source>标题(&amp;T)：</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>成文日期(&amp;D)：</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>联系人(&amp;P)：</source>
        <translation>Contact &amp;person:</translation>
    </message>
    <message>
        <source>传真(&amp;X)：</source>
        <translation>Fa&amp;x:</translation>
    </message>
    <message>
        <source>表二 %1；表三 %2；表四 %3</source>
        <translation>Table 2: %1; table 3: %2; table 4: %3</translation>
    </message>
    <message>
        <source>修改基本信息</source>
        <translation>Change the report details</translation>
    </message>
    <message>
        <source>%1 由 %2 签发</source>
        <translation>%1 signed off by %2</translation>
    </message>
    <message>
        <source>%1 由 %2 撤回签发，原因：%3</source>
        <translation>%1 sign-off withdrawn by %2, reason: %3</translation>
    </message>
    <message>
        <source>审核与签发：</source>
        <translation>Review and signing:</translation>
    </message>
    <message>
        <source>%1 由 %2 提交审核</source>
        <translation>%1 submitted for review by %2</translation>
    </message>
    <message>
        <source>%1 由 %2 退回修改，原因：%3</source>
        <translation>%1 returned for changes by %2, because: %3</translation>
    </message>
    <message>
        <source>%1 由 %2 审核通过</source>
        <translation>%1 approved by %2</translation>
    </message>
    <message>
        <source>草稿，尚未提交审核或签发</source>
        <translation>Draft, not yet submitted for review or signed</translation>
    </message>
    <message>
        <source>%1（登录名 %2）</source>
        <translation>%1 (login %2)</translation>
    </message>
    <message>
        <source>电话(&amp;N)：</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>地址(&amp;A)：</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>不填则不印联系人一行</source>
        <translation>empty: no contact line printed</translation>
    </message>
    <message>
        <source>填写后，报告在第六部分之后印出“联系人：…&#x3000;联系方式：（电话）”一行；不填则不印</source>
        <translation>When filled in, the report prints a line “联系人：… 联系方式：(phone)” after part 六; when empty, it prints none</translation>
    </message>
</context>
<context>
    <name>DetailsReader</name>
    <message>
        <source>文本里没有标题：机关按前言取为“%1”，请核对</source>
        <translation>The text has no title: the agency was taken from the preamble as "%1"; please check</translation>
    </message>
    <message>
        <source>文本里没有标题：年度按统计期限取为 %1 年，请核对</source>
        <translation>The text has no title: the year was taken from the reporting period as %1; please check</translation>
    </message>
</context>
<context>
    <name>EmbeddableFont</name>
    <message>
        <source>字体 %1 既不是 CFF 也不是 TrueType 轮廓</source>
        <translation>font %1 has neither CFF nor TrueType outlines</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>找不到打印字体，无法导出 PDF</source>
        <translation>The print fonts are missing: cannot export a PDF</translation>
    </message>
    <message>
        <source>未打开报告</source>
        <translation>No report open</translation>
    </message>
    <message>
        <source>导出 PDF/A-1b</source>
        <translation>Export PDF/A-1b</translation>
    </message>
    <message>
        <source>导出 PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>已导出 %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>ODT 文档 (*.odt)</source>
        <translation>ODT documents (*.odt)</translation>
    </message>
    <message>
        <source>网页 (*.html)</source>
        <translation>Web pages (*.html)</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>导出报告 JSON</source>
        <translation>Export report JSON</translation>
    </message>
    <message>
        <source>报告 JSON (*.json)</source>
        <translation>Report JSON (*.json)</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>无法开始打印</source>
        <translation>Cannot start printing</translation>
    </message>
    <message>
        <source>报告只有 %1 页</source>
        <translation>The report has only %1 pages</translation>
    </message>
    <message>
        <source>数据库中只有 %1 这一年的报告：历年数据图至少要两年。</source>
        <translation>The database holds only the %1 report: a chart of the years needs at least two.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>export (--agency 机关 --year 年份 | 文件) --to 输出.json|.pdf|.docx|.odt|.html [--pdfa] [--chart] [--db 路径]
  disclosure-report export --all [--year 年份] --to 文件夹 [--format pdf|docx|odt|html|json] [--pdfa] [--jobs N] [--db 路径]</source>
        <translation>export (--agency NAME --year N | FILE) --to OUT.json|.pdf|.docx|.odt|.html [--pdfa] [--chart] [--db PATH]
  disclosure-report export --all [--year N] --to FOLDER [--format pdf|docx|odt|html|json] [--pdfa] [--jobs N] [--db PATH]</translation>
    </message>
    <message>
        <source>导出一份报告（格式由 --to 的扩展名决定；--chart：网页末尾附该机关历年主要数据图）；
--all：每份报告一个文件（机关-年份.pdf），--jobs：同时处理几份（缺省每核一份）</source>
        <translation>Export a report (the format by the suffix of --to; --chart: end the web page with the agency's figures over the years);
--all: one file per report (agency-year.pdf), --jobs: how many at once (default one per core)</translation>
    </message>
    <message>
        <source>输出文件或文件夹</source>
        <translation>the output file or folder</translation>
    </message>
    <message>
        <source>PDF/A-1b</source>
        <translation>PDF/A-1b</translation>
    </message>
    <message>
        <source>网页末尾附历年主要数据图</source>
        <translation>end the web page with the figures over the years</translation>
    </message>
    <message>
        <source>导出全部报告</source>
        <translation>export every report</translation>
    </message>
    <message>
        <source>--all 的输出格式</source>
        <translation>--all's format</translation>
    </message>
    <message>
        <source>export 需要 --to 输出文件</source>
        <translation>export needs --to OUTPUT</translation>
    </message>
    <message>
        <source>--format 只用于 export --all（单份报告的格式由 --to 的扩展名决定）</source>
        <translation>--format is only for export --all (one report's format is the suffix of --to)</translation>
    </message>
    <message>
        <source>--jobs 只用于 import、check --all 和 export --all</source>
        <translation>--jobs is only for import, check --all and export --all</translation>
    </message>
    <message>
        <source>--to：不支持的输出格式“%1”（支持 .json、.pdf、.docx、.odt、.html）</source>
        <translation>--to: unsupported output format “%1” (.json, .pdf, .docx, .odt and .html are supported)</translation>
    </message>
    <message>
        <source>--pdfa 只用于 PDF 输出</source>
        <translation>--pdfa is for PDF output only</translation>
    </message>
    <message>
        <source>注意：%1 %2 年的报告的内容与签发时不一致，按草稿导出（带“草稿”字样，不写签发指纹）</source>
        <translation>Note: the report of %1 for %2 no longer matches what was signed; exported as a draft (with the draft mark, without the signature fingerprint)</translation>
    </message>
    <message>
        <source>--chart 只用于网页（.html）输出</source>
        <translation>--chart is for web page (.html) output only</translation>
    </message>
    <message>
        <source>注意：数据库中只有 %1 %2 年的报告，不足两年，网页中不附图表</source>
        <translation>Note: the database holds only the %2 report of %1; a chart needs two years, so the web page has none</translation>
    </message>
    <message>
        <source>export --all 导出数据库中的全部报告（可用 --year 限定年份），不接受文件或 --agency</source>
        <translation>export --all exports every report in the database (--year for one year's); it takes no file and no --agency</translation>
    </message>
    <message>
        <source>export --all 需要 --to 输出文件夹</source>
        <translation>export --all needs --to with a folder</translation>
    </message>
    <message>
        <source>--format：不支持的格式“%1”（支持 pdf、docx、odt、html、json）</source>
        <translation>--format: “%1” is not a supported format (pdf, docx, odt, html, json)</translation>
    </message>
    <message>
        <source>--chart 只用于单份报告的导出</source>
        <translation>--chart is only for exporting one report</translation>
    </message>
    <message>
        <source>--to：%1 不是文件夹</source>
        <translation>--to: %1 is not a folder</translation>
    </message>
    <message>
        <source>--to：无法建立文件夹 %1</source>
        <translation>--to: cannot make the folder %1</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>FigureChart</name>
    <message>
        <source>%1 主要数据历年变化（件）</source>
        <translation>%1: main figures over the years (cases)</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1 主要数据历年变化</source>
        <translation>%1: main figures over the years</translation>
    </message>
    <message>
        <source>图表只能保存为 .png 或 .svg（不是“%1”）</source>
        <translation>A chart is saved as .png or .svg (not "%1")</translation>
    </message>
    <message>
        <source>无法写入 %1（%2）</source>
        <translation>Cannot write %1 (%2)</translation>
    </message>
    <message>
        <source>未通过检查或待核对的数值</source>
        <translation>figures that fail a check or await confirmation</translation>
    </message>
</context>
<context>
    <name>FigureChartView</name>
    <message>
        <source>历年主要数据图</source>
        <translation>Main figures over the years</translation>
    </message>
    <message>
        <source>数据库中有同一机关两年以上的报告时，这里画出主要数据的历年变化</source>
        <translation>With two or more years of this agency's reports in the database, the main figures over the years are drawn here</translation>
    </message>
</context>
<context>
    <name>FigureHistory</name>
    <message>
        <source>新收申请</source>
        <translation>New requests</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Concluded</translation>
    </message>
    <message>
        <source>行政复议</source>
        <translation>Administrative reviews</translation>
    </message>
    <message>
        <source>行政诉讼</source>
        <translation>Lawsuits</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>错误</source>
        <translation>error</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>表二</source>
        <translation>Table 2</translation>
    </message>
    <message>
        <source>表三</source>
        <translation>Table 3</translation>
    </message>
    <message>
        <source>表四</source>
        <translation>Table 4</translation>
    </message>
    <message numerus="yes">
        <source>%1：还有 %n 个单元格未填写</source>
        <translation><numerusform>%1: %n cell still blank</numerusform><numerusform>%1: %n cells still blank</numerusform></translation>
    </message>
    <message>
        <source>展开可逐一查看；填写数字或 0 后即从这里消失</source>
        <translation>Expand to see each one; a cell leaves this list once it holds a number or 0</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>检查结果(&amp;C)</source>
        <translation>&amp;Check results</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>仅错误</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <source>仅警告</source>
        <translation>Warnings only</translation>
    </message>
    <message>
        <source>检查结果中显示哪些问题</source>
        <translation>Which findings the check results show</translation>
    </message>
    <message>
        <source>应用修正(&amp;Y)</source>
        <translation>Appl&amp;y fix</translation>
    </message>
</context>
<context>
    <name>Fingerprint</name>
    <message>
        <source>报告内容与 %1 于 %2 的签发不符（签发时的 SHA-256 为 %3…）：签发后数据库中的内容被改动过（手工或其他程序）。请核对内容，撤回签发后重新签发</source>
        <translation>The report does not match its signature by %1 on %2 (SHA-256 at signing %3…): its content in the database was changed after signing (by hand or by another program). Check the content, withdraw the signature and sign again</translation>
    </message>
</context>
<context>
    <name>FontSet</name>
    <message>
        <source>无法加载打印字体 %1</source>
        <translation>Cannot load the print font %1</translation>
    </message>
    <message>
        <source>找不到打印字体（FandolFang-Regular.ttf），已查找：%1</source>
        <translation>The print fonts (FandolFang-Regular.ttf) were not found; looked in: %1</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>使用指南</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>政府信息公开工作年度报告：使用指南</source>
        <translation>Government Information Disclosure Annual Report: user guide</translation>
    </message>
    <message>
        <source>八个步骤</source>
        <translation>Eight steps</translation>
    </message>
    <message>
        <source>打开程序。报告保存在本机的数据库文件中，无需任何设置；每一处修改立即保存，没有“保存”按钮。</source>
        <translation>Open the program. Reports are kept in a database file on this computer, with nothing to set up; every change is saved at once, there is no Save button.</translation>
    </message>
    <message>
        <source>新建本年度报告（文件 ▸ 新建报告）：填写机关名称和年度。数据库中有上一年的报告时，上年结转数、联系方式和落款自动带入。</source>
        <translation>Create this year's report (File ▸ New report): enter the agency and the year. When last year's report is in the database, the carried-over figures, the contact and the signature block come with it.</translation>
    </message>
    <message>
        <source>或者导入已发布的报告：文件 ▸ 导入报告全文，或从网站复制全文后“从剪贴板导入”。导入时不能确定的数字标为紫色，请与原文逐一核对后确认。</source>
        <translation>Or import a published report: File ▸ Import report text, or copy the text from the website and import it from the clipboard. Figures the import was not sure of are purple: compare each with the original, then confirm it.</translation>
    </message>
    <message>
        <source>在“基本信息”中填写标题、成文日期和联系方式。</source>
        <translation>Fill in the title, the date and the contact under Details.</translation>
    </message>
    <message>
        <source>填写文字部分：导语、总体情况、存在的主要问题及改进情况、其他需要报告的事项。</source>
        <translation>Write the text parts: the preamble, the overview, the main problems and improvements, and other matters.</translation>
    </message>
    <message>
        <source>填写表二、表三、表四：像电子表格一样输入，灰色的总计自动计算；可以从 Excel 或 WPS 复制粘贴。</source>
        <translation>Fill in tables 二, 三 and 四 as in a spreadsheet; the grey totals are computed; copy and paste from Excel or WPS works.</translation>
    </message>
    <message>
        <source>查看下方的检查结果：双击一条即跳到对应单元格，“应用修正”一步改正可以确定的错误。</source>
        <translation>Look at the findings below: double-click one to jump to its cell; Apply fix corrects in one step what can be known.</translation>
    </message>
    <message>
        <source>在右侧预览中核对版面，然后签发（报告 ▸ 签发），打印或导出 PDF 上传网站；也可导出 Word、ODT 和网页。</source>
        <translation>Check the pages in the preview on the right, then sign off (Report ▸ Sign off), print, or export the PDF for the website; Word, ODT and a web page can be exported too.</translation>
    </message>
    <message>
        <source>快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>表格：输入数字</source>
        <translation>Tables: enter a number</translation>
    </message>
    <message>
        <source>直接键入，替换原值</source>
        <translation>just type; it replaces the value</translation>
    </message>
    <message>
        <source>表格：确认并下移 / 右移</source>
        <translation>Tables: confirm and move down / right</translation>
    </message>
    <message>
        <source>Enter / Tab</source>
        <translation>Enter / Tab</translation>
    </message>
    <message>
        <source>表格：清空单元格</source>
        <translation>Tables: clear a cell</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>表格：放弃正在输入的内容</source>
        <translation>Tables: discard what is being typed</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>切换到某个标签页</source>
        <translation>Go to a tab</translation>
    </message>
    <message>
        <source>Alt+1 … Alt+7</source>
        <translation>Alt+1 … Alt+7</translation>
    </message>
    <message>
        <source>预览：翻页 / 缩放</source>
        <translation>Preview: turn pages / zoom</translation>
    </message>
    <message>
        <source>PgUp、PgDn / Ctrl+滚轮、Ctrl+加号、Ctrl+减号、Ctrl+0</source>
        <translation>PgUp, PgDn / Ctrl+wheel, Ctrl+plus, Ctrl+minus, Ctrl+0</translation>
    </message>
    <message>
        <source>检查项目</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>错误必须改正后再签发；警告请核对，确有原因的可以保留。</source>
        <translation>Errors must be corrected before signing off; check each warning, and keep it where there is a reason.</translation>
    </message>
    <message>
        <source>检查</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>含义</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>error</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>warning</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>导入报告 JSON</source>
        <translation>Import report JSON</translation>
    </message>
    <message>
        <source>报告 JSON (*.json)</source>
        <translation>Report JSON (*.json)</translation>
    </message>
    <message>
        <source>%1：无法读取（%2）</source>
        <translation>%1: cannot be read (%2)</translation>
    </message>
    <message>
        <source>%1：%2
未导入任何内容。</source>
        <translation>%1: %2
Nothing was imported.</translation>
    </message>
    <message>
        <source>导入报告全文</source>
        <translation>Import report text</translation>
    </message>
    <message>
        <source>剪贴板</source>
        <translation>clipboard</translation>
    </message>
    <message>
        <source>文本中没有标题。机关名称：</source>
        <translation>The text has no title. Agency:</translation>
    </message>
    <message>
        <source>年度：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>数据库中已有相近的机关“%1”。
这份报告的机关是“%2”。

归入“%1”吗？（选“否”则作为另一个机关导入）</source>
        <translation>The database already has the similar agency “%1”.
This report's agency is “%2”.

File it under “%1”? (No imports it as another agency)</translation>
    </message>
    <message>
        <source>已取消导入，未写入任何内容</source>
        <translation>Import cancelled; nothing was written</translation>
    </message>
    <message>
        <source>导入报告</source>
        <translation>Import report</translation>
    </message>
    <message>
        <source>数据库中已有 %1 %2 年的报告。
用导入的报告替换它吗？（可以在报告列表中用“撤销”恢复）</source>
        <translation>The database already has the report of %1 for %2.
Replace it with the imported one? (Undo in the report list brings it back)</translation>
    </message>
    <message>
        <source>已保留数据库中的报告，未导入任何内容</source>
        <translation>The report in the database was kept; nothing was imported</translation>
    </message>
    <message>
        <source>数据库中 %1 %2 年的报告已签发，不能用导入的报告替换。
如需替换，请先打开它，撤回签发（报告 ▸ 撤回签发）并说明原因。</source>
        <translation>The %2 report of %1 in the database is signed and cannot be replaced by the imported one.
To replace it, open it first and withdraw the signature (Report ▸ Withdraw signature) with a reason.</translation>
    </message>
    <message>
        <source>数据库中 %1 %2 年的报告%3，不能用导入的报告替换：需要修改时请审核人退回。</source>
        <translation>The %2 report of %1 in the database is %3 and cannot be replaced by the imported one: to change it, ask the reviewer to return it.</translation>
    </message>
    <message>
        <source>从网址导入</source>
        <translation>Import from an Address</translation>
    </message>
    <message>
        <source>年报网页的地址（http:// 或 https://）：</source>
        <translation>The report page's address (http:// or https://):</translation>
    </message>
    <message>
        <source>报告全文或扫描件 (*.txt *.md *.html *.htm *.docx *.odt *.doc *.wps *.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Report texts or scans (*.txt *.md *.html *.htm *.docx *.odt *.doc *.wps *.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>报告全文、网页、Word/WPS 文件、PDF、扫描件或报告 JSON (*.txt *.md *.html *.htm *.docx *.odt *.doc *.wps *.pdf *.png *.jpg *.jpeg *.tif *.tiff *.json);;所有文件 (*)</source>
        <translation>Report texts, web pages, Word/WPS files, PDFs, scans or report JSON (*.txt *.md *.html *.htm *.docx *.odt *.doc *.wps *.pdf *.png *.jpg *.jpeg *.tif *.tiff *.json);;All files (*)</translation>
    </message>
    <message>
        <source>正在读取 %1 …（扫描件要逐页识别文字，每页约几秒）</source>
        <translation>Reading %1 … (a scan is read page by page, a few seconds a page)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>导入报告 JSON 或已发布报告的全文；--agency 指定归入的机关，--year 核对年份（与文件不符即拒绝）</source>
        <translation>Import report JSON or a published report's text; --agency files it under that agency, --year checks the year (refused when the file's differs)</translation>
    </message>
    <message>
        <source>替换已有的同一机关同一年度的报告</source>
        <translation>replace a stored report of the same agency and year</translation>
    </message>
    <message>
        <source>import 需要至少一个报告文件</source>
        <translation>import needs at least one report file</translation>
    </message>
    <message>
        <source>读取</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>已中断（Ctrl+C）：没有导入任何报告</source>
        <translation>Interrupted (Ctrl+C): no report was imported</translation>
    </message>
    <message>
        <source>注意：</source>
        <translation>Note: </translation>
    </message>
    <message numerus="yes">
        <source>注意：%1：%n 个单元格未能确定，已标出，请在窗口中核对确认：</source>
        <translation><numerusform>Note: %1: %n cell was not read with certainty and is marked; check and confirm it in the window: </numerusform><numerusform>Note: %1: %n cells were not read with certainty and are marked; check and confirm them in the window: </numerusform></translation>
    </message>
    <message>
        <source>注意：%1：机关“%2”与已有的“%3”相近，按“%3”导入；如不是同一机关，请加 --agency &quot;%2&quot; 重新导入</source>
        <translation>Note: %1: the agency “%2” is close to “%3” already known and was imported as “%3”; if they are different agencies, import again with --agency "%2"</translation>
    </message>
    <message>
        <source>%1：--year %2 与文件中的年份 %3 不符：报告的数字属于 %3 年，未导入任何报告</source>
        <translation>%1: --year %2 is not the file's year %3: the report's figures are %3's; nothing was imported</translation>
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
        <source>%1：只能导入报告 JSON（.json）、报告全文（.txt、.md）、网页（.html、.htm）、Word/WPS 文件（.docx、.odt、.doc、.wps）、PDF 或扫描图片（.png、.jpg、.tif）</source>
        <translation>%1: only report JSON (.json), a report's text (.txt, .md), a web page (.html, .htm), a Word/WPS file (.docx, .odt, .doc, .wps), a PDF or a scanned image (.png, .jpg, .tif) can be imported</translation>
    </message>
    <message>
        <source>import 文件.json|文件.txt|文件.md|网页.html|文件.docx|文件.pdf|扫描.png|https://网址... [--agency 机关] [--year 年份] [--replace] [--each] [--jobs N] [--db 路径]</source>
        <translation>import FILE.json|FILE.txt|FILE.md|PAGE.html|FILE.docx|FILE.pdf|SCAN.png|https://ADDRESS... [--agency NAME] [--year N] [--replace] [--each] [--jobs N] [--db PATH]</translation>
    </message>
    <message>
        <source>每个文件单独导入（各自一个事务），逐个列出结果：导入、待确认的单元格数，或未导入及原因</source>
        <translation>Import each file on its own (a transaction each) and list each outcome: imported, how many cells to confirm, or not imported and why</translation>
    </message>
    <message numerus="yes">
        <source>，%n 个单元格待确认</source>
        <translation><numerusform>, %n cell to confirm</numerusform><numerusform>, %n cells to confirm</numerusform></translation>
    </message>
    <message>
        <source>未导入 %1</source>
        <translation>Not imported: %1</translation>
    </message>
    <message>
        <source>原因见上</source>
        <translation>the reason is above</translation>
    </message>
    <message>
        <source>未导入 %1：%2</source>
        <translation>Not imported: %1: %2</translation>
    </message>
    <message>
        <source>共 %1 个文件：导入 %2 份，未导入 %3 份</source>
        <translation>%1 files: %2 imported, %3 not imported</translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <source>核对导入：%1 %2 年</source>
        <translation>Check the import: %1, %2</translation>
    </message>
    <message>
        <source>原文</source>
        <translation>Source text</translation>
    </message>
    <message>
        <source>表二 主动公开</source>
        <translation>Table 2 proactive disclosure</translation>
    </message>
    <message>
        <source>表三 依申请公开</source>
        <translation>Table 3 requests</translation>
    </message>
    <message>
        <source>表四 复议诉讼</source>
        <translation>Table 4 review and litigation</translation>
    </message>
    <message>
        <source>检查结果</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>导入说明</source>
        <translation>Import notes</translation>
    </message>
    <message>
        <source>导入说明（%1）</source>
        <translation>Import notes (%1)</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>全部确认</source>
        <translation>Confirm all</translation>
    </message>
    <message>
        <source>——原文第 %1 行</source>
        <translation> — line %1 of the text</translation>
    </message>
    <message>
        <source>——原文中没有找到</source>
        <translation> — not found in the text</translation>
    </message>
    <message>
        <source>。未能确定：%1</source>
        <translation>. Not certain: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n 个单元格未能确定（紫色）：对照左侧原文核对后，在单元格上按 Enter 确认，或直接改正。</source>
        <translation><numerusform>%n cell is not certain (violet): check it against the source on the left, then press Enter on it to confirm, or correct it.</numerusform><numerusform>%n cells are not certain (violet): check them against the source on the left, then press Enter on each to confirm, or correct them.</numerusform></translation>
    </message>
    <message>
        <source>所有单元格都已确定。</source>
        <translation>Every cell is certain.</translation>
    </message>
    <message numerus="yes">
        <source>检查发现 %n 个错误：原文本身的不一致，或在未确定的单元格上。</source>
        <translation><numerusform>The check finds %n error: an inconsistency of the published report itself, or on a cell not yet certain.</numerusform><numerusform>The check finds %n errors: inconsistencies of the published report itself, or on cells not yet certain.</numerusform></translation>
    </message>
    <message>
        <source>“导入”保存到数据库；“取消”不写入任何内容。</source>
        <translation>“Import” saves to the database; “Cancel” writes nothing.</translation>
    </message>
    <message>
        <source>将导入为：%1&#x3000;%2 年度&#x3000;标题：%3</source>
        <translation>To be imported as: %1, year %2, title: %3</translation>
    </message>
    <message>
        <source>原件图像</source>
        <translation>Source page</translation>
    </message>
    <message>
        <source>识别出的文字</source>
        <translation>Text recognised</translation>
    </message>
    <message>
        <source>读出的文字</source>
        <translation>Text as read</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>list [--db 路径]</source>
        <translation>list [--db PATH]</translation>
    </message>
    <message>
        <source>列出数据库中的报告：机关&lt;TAB&gt;年份&lt;TAB&gt;状态（草稿、待审核、退回、审核通过、已签发）</source>
        <translation>List the reports in the database: agency&lt;TAB&gt;year&lt;TAB&gt;state (draft, submitted, returned, approved, signed)</translation>
    </message>
    <message>
        <source>list 不接受参数“%1”</source>
        <translation>list takes no argument “%1”</translation>
    </message>
    <message>
        <source>已签发（%1）</source>
        <translation>signed (%1)</translation>
    </message>
    <message>
        <source>已签发（%1，登录名 %2）</source>
        <translation>signed off (%1, login %2)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>政府信息公开工作年度报告</source>
        <translation>Government Information Disclosure Annual Report</translation>
    </message>
    <message>
        <source>导语(&amp;L)</source>
        <translation>&amp;Lead</translation>
    </message>
    <message>
        <source>一、总体情况(&amp;O)</source>
        <translation>1. &amp;Overview</translation>
    </message>
    <message>
        <source>数据库中没有 %1 %2 年的报告</source>
        <translation>The database has no report of %1 for %2</translation>
    </message>
    <message>
        <source>修改未能保存，数据库中的内容保持不变：
%1</source>
        <translation>The change could not be saved; the database is unchanged:
%1</translation>
    </message>
    <message>
        <source>这一问题没有可自动应用的修正，请核对原始数据。</source>
        <translation>This finding has no automatic fix; check the source figures.</translation>
    </message>
    <message>
        <source>未打开报告</source>
        <translation>No report open</translation>
    </message>
    <message>
        <source>%1 个错误 · %2 个警告</source>
        <translation>%1 errors · %2 warnings</translation>
    </message>
    <message>
        <source> · 全部修改已保存</source>
        <translation> · all changes saved</translation>
    </message>
    <message>
        <source> · 最近一次修改未能保存</source>
        <translation> · the last change was not saved</translation>
    </message>
    <message>
        <source> · 已签发（%1），只读</source>
        <translation> · signed off (%1), read-only</translation>
    </message>
    <message numerus="yes">
        <source> · %n 个导入的单元格待确认（紫色）</source>
        <translation><numerusform> · %n imported cell to confirm (violet)</numerusform><numerusform> · %n imported cells to confirm (violet)</numerusform></translation>
    </message>
    <message>
        <source>基本信息(&amp;1)</source>
        <translation>Details (&amp;1)</translation>
    </message>
    <message>
        <source>总体情况(&amp;2)</source>
        <translation>Overview (&amp;2)</translation>
    </message>
    <message>
        <source>问题改进(&amp;3)</source>
        <translation>Problems (&amp;3)</translation>
    </message>
    <message>
        <source>其他事项(&amp;4)</source>
        <translation>Other (&amp;4)</translation>
    </message>
    <message>
        <source>主动公开(&amp;5)</source>
        <translation>Proactive (&amp;5)</translation>
    </message>
    <message>
        <source>依申请公开(&amp;6)</source>
        <translation>Requests (&amp;6)</translation>
    </message>
    <message>
        <source>复议诉讼(&amp;7)</source>
        <translation>Appeals (&amp;7)</translation>
    </message>
    <message>
        <source>%1与%2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>打开示例报告</source>
        <translation>Open the example report</translation>
    </message>
    <message>
        <source>示例：%1（只读）</source>
        <translation>Example: %1 (read-only)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>今天的备份未能完成（修改已保存）：%1</source>
        <translation>Today's backup could not be made (the change is saved): %1</translation>
    </message>
    <message>
        <source>%1（只读）</source>
        <translation>%1 (read-only)</translation>
    </message>
    <message>
        <source> · 数据库文件只读，只能查看</source>
        <translation> · the database file is read-only: view only</translation>
    </message>
    <message>
        <source>%1（服务器 %2）</source>
        <translation>%1 (server %2)</translation>
    </message>
    <message>
        <source> · %1，只读</source>
        <translation> · %1, read-only</translation>
    </message>
    <message>
        <source> · 已退回修改</source>
        <translation> · sent back for changes</translation>
    </message>
    <message>
        <source>未保存，已记下，连接恢复后请您确认保存：%1</source>
        <translation>Not saved, but noted: you will be asked to save it once the connection is back: %1</translation>
    </message>
</context>
<context>
    <name>NewReportCommand</name>
    <message>
        <source>新建 %1 %2 年的报告</source>
        <translation>New report of %1 for %2</translation>
    </message>
</context>
<context>
    <name>NewReportDialog</name>
    <message>
        <source>如：示例县科学技术局</source>
        <translation>e.g. 示例县科学技术局</translation>
    </message>
    <message>
        <source>2021 年表式（国办公开办函〔2021〕30号）</source>
        <translation>2021 form (国办公开办函〔2021〕30号)</translation>
    </message>
    <message>
        <source>2019 年表式（试行）</source>
        <translation>2019 form (trial)</translation>
    </message>
    <message>
        <source>请填写机关名称（与报告标题中的名称一致）。</source>
        <translation>Enter the agency's name as the report title prints it.</translation>
    </message>
    <message>
        <source>数据库中已有 %1 %2 年的报告。</source>
        <translation>The database already has the report of %1 for %2.</translation>
    </message>
    <message>
        <source>数据库中没有该机关 %1 年的报告，上年结转需手工填写。</source>
        <translation>No report of this agency for %1 in the database: enter the carry-over by hand.</translation>
    </message>
    <message>
        <source>新建报告</source>
        <translation>New Report</translation>
    </message>
    <message>
        <source>机关(&amp;A)：</source>
        <translation>&amp;Agency:</translation>
    </message>
    <message>
        <source>年度(&amp;Y)：</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>表二表式(&amp;2)：</source>
        <translation>Table &amp;2 form:</translation>
    </message>
    <message>
        <source>印制第二十条第（九）项（政府集中采购）</source>
        <translation>Print item 20 (9) (government procurement)</translation>
    </message>
    <message>
        <source>表三表式(&amp;3)：</source>
        <translation>Table &amp;3 form:</translation>
    </message>
    <message>
        <source>各部分文字从上一年的报告开始(&amp;W)</source>
        <translation>Start each text part from last year's report (&amp;W)</translation>
    </message>
    <message>
        <source>导语、总体情况、问题及改进和其他事项先填入上一年的文字，在修改前标明为上一年的文字</source>
        <translation>The preamble, overview, problems and other matters start with last year's text, marked as such until changed</translation>
    </message>
    <message>
        <source>将从 %1 年的报告结转：上年结转申请数、现行有效件数或上一年项目数量，以及联系人、电话、传真、地址和落款设置。</source>
        <translation>Carried over from the %1 report: requests carried forward, documents in force or last year's item counts, and the contact person, phone, fax, address and signature setting.</translation>
    </message>
    <message>
        <source>数据库中没有该机关 %1 年的报告（最近的是 %2 年），上年结转需手工填写；要结转，请先新建或导入 %1 年的报告。</source>
        <translation>No report of this agency for %1 in the database (the latest is %2): enter the carry-over by hand, or first create or import the %1 report to carry it over.</translation>
    </message>
</context>
<context>
    <name>OfficeAdmin</name>
    <message>
        <source>无法读取 %1（%2）</source>
        <translation>Cannot read %1 (%2)</translation>
    </message>
</context>
<context>
    <name>OfficeDashboard</name>
    <message>
        <source>未开始</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>已签发</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>申请数</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>办结率</source>
        <translation>Concluded</translation>
    </message>
    <message>
        <source>行政复议纠错率</source>
        <translation>Review corrections</translation>
    </message>
    <message>
        <source>P25以下</source>
        <translation>below P25</translation>
    </message>
    <message>
        <source>P25–P50</source>
        <translation>P25–P50</translation>
    </message>
    <message>
        <source>P50–P75</source>
        <translation>P50–P75</translation>
    </message>
    <message>
        <source>P75以上</source>
        <translation>above P75</translation>
    </message>
    <message>
        <source>机关</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
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
        <source>%1在同级中</source>
        <translation>%1 among peers</translation>
    </message>
    <message>
        <source>与上年相比变化最大的数字</source>
        <translation>Figures that moved most against last year</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>上年</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>本年</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>%1%2年度报告一览</source>
        <translation>%1 %2: reports at a glance</translation>
    </message>
    <message>
        <source>%1%2个</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>同级中</source>
        <translation>Among peers</translation>
    </message>
    <message>
        <source>%1：P25为%2，P50为%3，P75为%4（%5个）</source>
        <translation>%1: P25 %2, P50 %3, P75 %4 (%5)</translation>
    </message>
    <message>
        <source>第%1级：%2</source>
        <translation>Level %1: %2</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <source>填报人</source>
        <translation>clerk</translation>
    </message>
    <message>
        <source>审核人</source>
        <translation>reviewer</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>%1 的口令</source>
        <translation>Password for %1</translation>
    </message>
    <message>
        <source>口令(&amp;P)：</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>再输入一遍(&amp;A)：</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <source>口令太短：至少 8 个字符</source>
        <translation>The password is too short: at least 8 characters</translation>
    </message>
    <message>
        <source>两次输入的口令不一致</source>
        <translation>The two passwords differ</translation>
    </message>
    <message>
        <source>机关与账号</source>
        <translation>Agencies and Accounts</translation>
    </message>
    <message>
        <source>机关</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>身份</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>填报的机关</source>
        <translation>Writes for</translation>
    </message>
    <message>
        <source>审核的地区</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>机关(&amp;G)：</source>
        <translation>A&amp;gencies:</translation>
    </message>
    <message>
        <source>账号(&amp;C)：</source>
        <translation>A&amp;ccounts:</translation>
    </message>
    <message>
        <source>新建填报人(&amp;W)…</source>
        <translation>New &amp;Writer…</translation>
    </message>
    <message>
        <source>新建审核人(&amp;R)…</source>
        <translation>New &amp;Reviewer…</translation>
    </message>
    <message>
        <source>授予所选机关(&amp;A)…</source>
        <translation>Gr&amp;ant the Agency…</translation>
    </message>
    <message>
        <source>收回所选机关(&amp;T)…</source>
        <translation>&amp;Take the Agency Back…</translation>
    </message>
    <message>
        <source>重设口令(&amp;P)…</source>
        <translation>Reset &amp;Password…</translation>
    </message>
    <message>
        <source>取消账号(&amp;X)…</source>
        <translation>Remove Account (&amp;X)…</translation>
    </message>
    <message>
        <source>填报人填报所列机关的报告；审核人审核所列机关及其下级机关的报告（包括草稿），但不审核自己填报的报告。这些规则由数据库服务器自己执行，在程序之外也一样。</source>
        <translation>A clerk writes the reports of the agencies listed; a reviewer reviews the reports of the agencies listed and all below them (drafts included), never one it writes itself. The database server enforces these rules itself, outside this program too.</translation>
    </message>
    <message>
        <source>不能登录</source>
        <translation>cannot log in</translation>
    </message>
    <message>
        <source>%1
填报：%2
审核：%3</source>
        <translation>%1
written by: %2
reviewed by: %3</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <source>请先在左边选择这个填报人填报的机关</source>
        <translation>First choose on the left the agency this clerk writes for</translation>
    </message>
    <message>
        <source>请先在左边选择这个审核人审核的地区</source>
        <translation>First choose on the left the region this reviewer reviews</translation>
    </message>
    <message>
        <source>新建填报人</source>
        <translation>New Clerk</translation>
    </message>
    <message>
        <source>新建审核人</source>
        <translation>New Reviewer</translation>
    </message>
    <message>
        <source>账号名（字母、数字、下划线，%1）：</source>
        <translation>Account name (letters, digits, underscores; %1):</translation>
    </message>
    <message>
        <source>填报“%1”</source>
        <translation>writes for “%1”</translation>
    </message>
    <message>
        <source>审核“%1”及其下级</source>
        <translation>reviews “%1” and all below it</translation>
    </message>
    <message>
        <source>请先选择一个机关和一个账号</source>
        <translation>Choose an agency and an account first</translation>
    </message>
    <message>
        <source>填报这个机关的报告</source>
        <translation>writes this agency's reports</translation>
    </message>
    <message>
        <source>审核这个机关及其下级的报告</source>
        <translation>reviews this agency's reports and those below it</translation>
    </message>
    <message>
        <source>授予</source>
        <translation>Grant</translation>
    </message>
    <message>
        <source>收回</source>
        <translation>Take back</translation>
    </message>
    <message>
        <source>%1：%2“%3”的</source>
        <translation>%1: %2 for “%3”</translation>
    </message>
    <message>
        <source>请先选择一个账号</source>
        <translation>Choose an account first</translation>
    </message>
    <message>
        <source>取消账号</source>
        <translation>Remove Account</translation>
    </message>
    <message>
        <source>取消 %1 在这个数据库中的全部权限？
它的审核与签发记录保留。</source>
        <translation>Remove every right %1 has in this database?
Its review and sign-off records stay.</translation>
    </message>
</context>
<context>
    <name>OfficeText</name>
    <message>
        <source>这是旧版 Word/WPS 文件（.doc/.wps），需要 LibreOffice 转换：请安装 LibreOffice，或在 Word/WPS 中另存为 .docx 后导入</source>
        <translation>This is an old Word/WPS file (.doc/.wps), which needs LibreOffice to convert it: install LibreOffice, or save it as .docx in Word/WPS and import that</translation>
    </message>
    <message>
        <source>不是 Word（.docx）或 ODT 文件，或文件已损坏</source>
        <translation>Not a Word (.docx) or ODT file, or the file is damaged</translation>
    </message>
    <message>
        <source>文件已损坏，或其中没有文字（%1）</source>
        <translation>The file is damaged, or holds no text (%1)</translation>
    </message>
    <message>
        <source>%1 解压后超过 %2 MB，不像一份年度报告（可能是恶意构造的压缩文件），未读取</source>
        <translation>%1 would unpack to more than %2 MB: this is no annual report (perhaps a maliciously crafted archive). Not read</translation>
    </message>
</context>
<context>
    <name>OfficialDocument</name>
    <message>
        <source>一、总体情况</source>
        <translation>part 1, overview</translation>
    </message>
    <message>
        <source>二、主动公开政府信息情况</source>
        <translation>II. Government information disclosed proactively</translation>
    </message>
    <message>
        <source>三、收到和处理政府信息公开申请情况</source>
        <translation>III. Disclosure requests received and handled</translation>
    </message>
    <message>
        <source>四、政府信息公开行政复议、行政诉讼情况</source>
        <translation>IV. Administrative reconsideration and litigation</translation>
    </message>
    <message>
        <source>五、存在的主要问题及改进情况</source>
        <translation>part 5, problems and improvements</translation>
    </message>
    <message>
        <source>六、其他需要报告的事项</source>
        <translation>part 6, other matters</translation>
    </message>
</context>
<context>
    <name>PartFinder</name>
    <message>
        <source>找不到“%1”等表格部分：这不像一份政府信息公开工作年度报告</source>
        <translation>No “%1” or other table part found: this does not look like a government information disclosure annual report</translation>
    </message>
    <message>
        <source>没有找到“%1”的标题：表四之后的文字作为这一部分，请核对</source>
        <translation>No heading “%1” found: the text after table 4 was taken as this part; please check</translation>
    </message>
    <message>
        <source>文本里没有“%1”这一部分，留空</source>
        <translation>The text has no part "%1"; it is left empty</translation>
    </message>
    <message>
        <source>没有找到“%1”的标题，按表格的内容确定了它的位置</source>
        <translation>No heading “%1” found; the part was placed by its table's content</translation>
    </message>
    <message>
        <source>第 %1 行的“%2”按“%3”读取</source>
        <translation>“%2” on line %1 was read as “%3”</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>无法写入 %1（%2）</source>
        <translation>Cannot write %1 (%2)</translation>
    </message>
    <message>
        <source>无法生成 PDF %1</source>
        <translation>Cannot make the PDF %1</translation>
    </message>
    <message>
        <source>无法生成 PDF %1：%2</source>
        <translation>Cannot make the PDF %1: %2</translation>
    </message>
</context>
<context>
    <name>PdfText</name>
    <message>
        <source>无法打开这个 PDF（文件已损坏，或不是 PDF）</source>
        <translation>Cannot open this PDF (the file is damaged, or is not a PDF)</translation>
    </message>
    <message>
        <source>这个 PDF 已加密，需要口令才能打开，无法读取：请用未加密的 PDF，或原始的 Word/WPS 文件、网页导入</source>
        <translation>This PDF is encrypted and needs a password to open, so it cannot be read: import an unencrypted PDF, or the original Word/WPS file or web page</translation>
    </message>
    <message>
        <source>这个 PDF 有 %1 页，超过 %2 页，不像一份年度报告，未导入</source>
        <translation>This PDF has %1 pages, more than %2: it does not look like an annual report. Nothing imported</translation>
    </message>
    <message>
        <source>已取消读取 PDF，未导入任何内容</source>
        <translation>Reading the PDF was cancelled; nothing imported</translation>
    </message>
    <message>
        <source>poppler 未能绘出这个 PDF 的第 %1 页</source>
        <translation>poppler could not draw page %1 of this PDF</translation>
    </message>
</context>
<context>
    <name>PdfWriter</name>
    <message>
        <source>无法嵌入字体 %1：%2</source>
        <translation>Cannot embed the font %1: %2</translation>
    </message>
</context>
<context>
    <name>PostgresReportStore</name>
    <message>
        <source>%1 不是有效的数据库地址（%2）</source>
        <translation>%1 is not a valid database address (%2)</translation>
    </message>
    <message>
        <source>数据库地址 %1 缺少数据库名：应写成 postgresql://用户@主机[:端口]/数据库名</source>
        <translation>The database address %1 has no database name: write it as postgresql://USER@HOST[:PORT]/DATABASE</translation>
    </message>
    <message>
        <source>缺少 Qt 的 PostgreSQL 驱动（Debian 软件包 libqt6sql6-psql），无法连接 %1</source>
        <translation>Qt's PostgreSQL driver is missing (Debian package libqt6sql6-psql): cannot connect to %1</translation>
    </message>
    <message>
        <source>无法连接数据库服务器 %1</source>
        <translation>Cannot connect to the database server %1</translation>
    </message>
    <message>
        <source>服务器上的数据库 %1 由数据库管理员备份（pg_dump），本程序不备份它</source>
        <translation>The database on the server %1 is backed up by its administrator (pg_dump), not by this program</translation>
    </message>
    <message>
        <source>服务器上的数据库 %1 由数据库管理员恢复（pg_restore），本程序不恢复它</source>
        <translation>The database on the server %1 is restored by its administrator (pg_restore), not by this program</translation>
    </message>
    <message>
        <source>服务器没有响应，请确认地址、端口以及服务器已经启动：%1</source>
        <translation>The server does not answer; check the address and port and that the server is running: %1</translation>
    </message>
    <message>
        <source>服务器上的数据库 %1 还没有建立：请它的所有者（管理员 %2）先用本程序连接一次</source>
        <translation>The server's database %1 is not set up yet: its owner (the administrator %2) must connect with this program once first</translation>
    </message>
    <message>
        <source>服务器上的数据库 %1 是旧版本（%2），需要升级：请它的所有者（管理员 %3）先用新版程序连接一次</source>
        <translation>The server's database %1 is of an older version (%2) and needs upgrading: its owner (the administrator %3) must connect with the new program once first</translation>
    </message>
    <message>
        <source>服务器上的数据库 %1 的所有者 %2 没有 CREATEROLE 权限，无法建立办公室的用户组（填报人、审核人、管理员），未作任何改动：请服务器的管理员执行 ALTER ROLE %2 CREATEROLE 后再连接</source>
        <translation>The owner %2 of the server's database %1 lacks CREATEROLE and cannot make the office's groups (clerks, reviewers, administrators); nothing was changed: ask the server's administrator to run ALTER ROLE %2 CREATEROLE, then connect again</translation>
    </message>
    <message>
        <source>数据库用户 %1 不能连接这个数据库：办公室的管理员还没有为它开通账号（disclosure-report access 或“机关与账号”）</source>
        <translation>The database user %1 may not connect to this database: the office's administrator has not given it an account yet (disclosure-report access, or Agencies and Accounts)</translation>
    </message>
    <message>
        <source>数据库用户 %1 没有这样做的权限（由办公室的管理员在“机关与账号”中授予）：%2</source>
        <translation>The database user %1 may not do this (the office's administrator grants rights in Agencies and Accounts): %2</translation>
    </message>
    <message>
        <source>与服务器的连接已断开，这次修改没有保存：程序正在自动重新连接，连上后可以再做一次</source>
        <translation>The connection to the server was lost and this change was not saved: the program is reconnecting by itself; try again once it is back</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>印章(&amp;S)</source>
        <translation>&amp;Seal</translation>
    </message>
    <message>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>上一页 (PgUp)</source>
        <translation>Previous page (PgUp)</translation>
    </message>
    <message>
        <source>下一页 (PgDn)</source>
        <translation>Next page (PgDn)</translation>
    </message>
    <message>
        <source>在落款处显示印章（用于打印后签发的纸质件；上传的 PDF 一般不加印章）</source>
        <translation>Show the seal over the signature (for the signed paper copy; the PDF for upload usually has none)</translation>
    </message>
    <message>
        <source>找不到打印字体，无法预览、打印或导出 PDF。请运行 packaging/install-deps.sh 后重新构建。</source>
        <translation>The print fonts are missing: no preview, printing or PDF. Run packaging/install-deps.sh and build again.</translation>
    </message>
    <message>
        <source>第 %1 / %2 页</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>适合页面</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <source>缩放（在预览中按 Ctrl+滚轮 或 Ctrl++ / Ctrl+-；Ctrl+0 适合宽度）</source>
        <translation>Zoom (in the preview: Ctrl+wheel or Ctrl++ / Ctrl+-; Ctrl+0 fits the width)</translation>
    </message>
</context>
<context>
    <name>Prose</name>
    <message>
        <source>导语</source>
        <translation>the lead</translation>
    </message>
</context>
<context>
    <name>ProseChecker</name>
    <message>
        <source>正文检查的定义无法读取（%1）</source>
        <translation>The prose checks' definitions cannot be read (%1)</translation>
    </message>
    <message>
        <source>正文检查 %1 的写法有误：%2</source>
        <translation>The prose check %1 is written wrongly: %2</translation>
    </message>
    <message>
        <source>“%1”写的“%2”与表中%3（%4）不一致</source>
        <translation>“%1” says “%2”, which differs from the table's %3 (%4)</translation>
    </message>
    <message>
        <source>“%1”有 %2% 与 %3 年报告的同一部分相同：审核时会被视为照搬上年，请写本年度的实际情况</source>
        <translation>%2% of “%1” is the same as in the %3 report: reviewers will take it as copied from last year; describe this year</translation>
    </message>
    <message>
        <source>%1：%2 年为 %3，本年为 %4，变化异常（多打了一位数字，或填到了相邻的列？）</source>
        <translation>%1: %3 in %2, %4 this year — an unusual change (a digit typed twice, or the next column?)</translation>
    </message>
    <message>
        <source>“%1”写的“%2”与%3的实际变化不符：%4 年 %5，本年 %6（%7）</source>
        <translation>“%1” says “%2”, which is not how %3 changed: %5 in %4, %6 this year (%7)</translation>
    </message>
    <message>
        <source>持平</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>增加 %1</source>
        <translation>up %1</translation>
    </message>
    <message>
        <source>减少 %1</source>
        <translation>down %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>“%1”写的“%2”是 %3 年的%4，本报告是 %5 年度的</source>
        <translation>“%1” says “%2”: the %4 of %3, but this is the report for %5</translation>
    </message>
    <message>
        <source>“%1”仍是 %2 年报告的原文，尚未修改：请按本年情况改写</source>
        <translation>“%1” is still the text of the %2 report, unchanged: rewrite it for this year</translation>
    </message>
</context>
<context>
    <name>ProseEdit</name>
    <message>
        <source>这是 %1 年报告的原文，尚未修改：请按本年情况改写。</source>
        <translation>This is the text of the %1 report, not yet changed: rewrite it for this year.</translation>
    </message>
    <message>
        <source>粘贴的内容太长（粘贴后共 %1 字）：每一部分不能超过 %2 字，没有粘贴</source>
        <translation>The pasted text is too long (%1 characters after pasting): a part may have at most %2 characters; nothing was pasted</translation>
    </message>
</context>
<context>
    <name>RenameAgencyCommand</name>
    <message>
        <source>把机关“%1”改为“%2”</source>
        <translation>Rename agency “%1” to “%2”</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>新建报告(&amp;N)…</source>
        <translation>&amp;New report…</translation>
    </message>
    <message>
        <source>删除报告(&amp;D)…</source>
        <translation>&amp;Delete report…</translation>
    </message>
    <message>
        <source>签发(&amp;S)…</source>
        <translation>&amp;Sign off…</translation>
    </message>
    <message>
        <source>撤回签发(&amp;O)…</source>
        <translation>Re&amp;open…</translation>
    </message>
    <message>
        <source>提交审核(&amp;U)</source>
        <translation>S&amp;ubmit for review</translation>
    </message>
    <message>
        <source>审核通过(&amp;P)</source>
        <translation>Ap&amp;prove</translation>
    </message>
    <message>
        <source>退回修改(&amp;B)…</source>
        <translation>Send &amp;back for changes…</translation>
    </message>
    <message>
        <source>更改表式(&amp;T)…</source>
        <translation>Change &amp;forms…</translation>
    </message>
    <message>
        <source>重命名或合并机关(&amp;A)…</source>
        <translation>Rename or Merge &amp;Agency…</translation>
    </message>
    <message>
        <source>选择印章图片(&amp;I)…</source>
        <translation>Seal &amp;image…</translation>
    </message>
    <message>
        <source>插入数据说明(&amp;D)</source>
        <translation>Insert &amp;Data Paragraph</translation>
    </message>
    <message>
        <source>在“一、总体情况”的光标处写入依申请公开和复议诉讼的数据段落（取自表三、表四和上一年报告）</source>
        <translation>Writes the paragraph on applications, reviews and lawsuits at the cursor in “一、总体情况” (from tables 三 and 四 and last year's report)</translation>
    </message>
    <message>
        <source>全部确认导入的单元格(&amp;A)</source>
        <translation>Confirm &amp;All Imported Cells</translation>
    </message>
    <message>
        <source>没有打开的报告：请在左侧列表中选择一份报告，或新建、导入一份</source>
        <translation>No report is open: choose one in the list on the left, or create or import one</translation>
    </message>
    <message>
        <source>示例报告只读，不在数据库中</source>
        <translation>The example report is read-only and not in the database</translation>
    </message>
    <message>
        <source>报告已签发，只能查看</source>
        <translation>The report is signed off and read-only</translation>
    </message>
    <message>
        <source>报告%1，只能查看；需要修改时请审核人退回</source>
        <translation>The report is %1 and can only be viewed; to change it, ask the reviewer to send it back</translation>
    </message>
    <message>
        <source>您（数据库用户 %1）不填报这个机关的报告</source>
        <translation>You (the database user %1) do not write this agency's reports</translation>
    </message>
    <message>
        <source>您（数据库用户 %1）不是这个机关的审核人</source>
        <translation>You (the database user %1) are not this agency's reviewer</translation>
    </message>
    <message>
        <source>报告已签发，不能删除：如需删除，请先撤回签发（报告 ▸ 撤回签发）</source>
        <translation>The report is signed off and cannot be deleted: withdraw the sign-off first (Report ▸ Reopen)</translation>
    </message>
    <message>
        <source>报告已签发</source>
        <translation>The report is signed off</translation>
    </message>
    <message>
        <source>报告%1：审核通过后才能签发</source>
        <translation>The report is %1: it is signed once approved</translation>
    </message>
    <message>
        <source>报告已%1</source>
        <translation>The report is %1 already</translation>
    </message>
    <message>
        <source>您填报这个机关的报告，不能审核它</source>
        <translation>You write this agency's reports and cannot review them</translation>
    </message>
    <message>
        <source>只有待审核的报告才能审核通过</source>
        <translation>Only a report submitted for review can be approved</translation>
    </message>
    <message>
        <source>只有待审核或审核通过的报告才能退回</source>
        <translation>Only a report submitted for review or approved can be sent back</translation>
    </message>
    <message>
        <source>报告尚未签发，无需撤回</source>
        <translation>The report is not signed off: there is nothing to withdraw</translation>
    </message>
    <message>
        <source>没有待确认的导入单元格</source>
        <translation>No imported cell is waiting for confirmation</translation>
    </message>
    <message>
        <source>数据库文件是只读的，不能加入报告</source>
        <translation>The database file is read-only: no report can be added</translation>
    </message>
    <message>
        <source>数据库文件是只读的，只能查看</source>
        <translation>The database file is read-only: it can only be viewed</translation>
    </message>
    <message>
        <source>报告已签发，只能查看；如需更改表式，请先撤回签发</source>
        <translation>The report is signed off and read-only; reopen it to change its forms</translation>
    </message>
    <message>
        <source>%1 %2 年的报告已签发，不能替换；如需替换，请先撤回签发</source>
        <translation>The report of %1 for %2 is signed off and cannot be replaced; withdraw the sign-off first</translation>
    </message>
    <message>
        <source>替换 %1 %2 年的报告</source>
        <translation>Replace the report of %1 for %2</translation>
    </message>
    <message>
        <source>删除报告</source>
        <translation>Delete report</translation>
    </message>
    <message>
        <source>删除 %1 %2 年的报告？
可以在报告列表中用“撤销”恢复。</source>
        <translation>Delete the report of %1 for %2?
Undo in the report list brings it back.</translation>
    </message>
    <message>
        <source>没有打开的报告</source>
        <translation>No report is open</translation>
    </message>
    <message>
        <source>表式未能更改：%1</source>
        <translation>The forms could not be changed: %1</translation>
    </message>
    <message>
        <source>更改表式</source>
        <translation>Change forms</translation>
    </message>
    <message>
        <source>重命名或合并机关</source>
        <translation>Rename or merge agency</translation>
    </message>
    <message>
        <source>“%1”的新名称（选已有的机关，则把报告合并到它名下）：</source>
        <translation>New name for “%1” (choose an existing agency to merge the reports into it):</translation>
    </message>
    <message numerus="yes">
        <source>%n 个错误</source>
        <translation><numerusform>%n error</numerusform><numerusform>%n errors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n 个警告</source>
        <translation><numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n 个导入时未能确定、尚未核对确认的单元格（紫色）</source>
        <translation><numerusform>%n cell the import was not certain of, not yet confirmed (violet)</numerusform><numerusform>%n cells the import was not certain of, not yet confirmed (violet)</numerusform></translation>
    </message>
    <message>
        <source>签发</source>
        <translation>Sign off</translation>
    </message>
    <message>
        <source>报告还有：
%1

签发后报告只能查看。仍要签发吗？</source>
        <translation>The report still has:
%1

Once signed off it is read-only. Sign off all the same?</translation>
    </message>
    <message>
        <source>签发人（印在报告上的姓名）：</source>
        <translation>Signed off by (the name printed on the report):</translation>
    </message>
    <message>
        <source>退回修改</source>
        <translation>Send back for changes</translation>
    </message>
    <message>
        <source>退回的原因（办事员会在“基本信息”中看到）：</source>
        <translation>Why it is sent back (the clerk sees it under Basic information):</translation>
    </message>
    <message>
        <source>退回需要说明原因，报告没有退回</source>
        <translation>Sending back needs a reason; the report was not sent back</translation>
    </message>
    <message>
        <source>选择印章图片</source>
        <translation>Choose the seal image</translation>
    </message>
    <message>
        <source>印章图片 (*.png *.svg)</source>
        <translation>Seal images (*.png *.svg)</translation>
    </message>
    <message>
        <source>%1：无法读取（%2）</source>
        <translation>%1: cannot be read (%2)</translation>
    </message>
    <message>
        <source>%1 太大（%2 MB）：印章图片不能超过 %3 MB</source>
        <translation>%1 is too large (%2 MB): a seal image may have at most %3 MB</translation>
    </message>
    <message>
        <source>%1 不是可用的 PNG 图片</source>
        <translation>%1 is not a usable PNG image</translation>
    </message>
    <message>
        <source>%1 太大（%2 × %3 像素）：印章图片的宽和高不能超过 %4 像素</source>
        <translation>%1 is too large (%2 × %3 pixels): a seal image may be at most %4 pixels wide and high</translation>
    </message>
    <message>
        <source>%1 不是可用的 PNG 图片（%2）</source>
        <translation>%1 is not a usable PNG image (%2)</translation>
    </message>
    <message>
        <source>%1 不是 SVG 图片</source>
        <translation>%1 is not an SVG image</translation>
    </message>
    <message>
        <source>表三、表四还没有填写，没有可写的数据</source>
        <translation>Tables 三 and 四 are not filled in yet: there are no figures to write</translation>
    </message>
    <message>
        <source>机关名称由办公室的管理员修改：您（数据库用户 %1）不是管理员</source>
        <translation>An agency's name is changed by the office's administrator: you (database user %1) are not one</translation>
    </message>
    <message numerus="yes">
        <source>（%n 处）</source>
        <translation><numerusform> (%n place)</numerusform><numerusform> (%n places)</numerusform></translation>
    </message>
</context>
<context>
    <name>ReportBatch</name>
    <message>
        <source>数据库中已没有这份报告</source>
        <translation>The database no longer has this report</translation>
    </message>
    <message>
        <source>无法读取（%1）</source>
        <translation>cannot be read (%1)</translation>
    </message>
    <message>
        <source>机关“%1”与已有的“%2”相近，已按“%2”导入</source>
        <translation>the agency "%1" is close to the known "%2": imported as "%2"</translation>
    </message>
    <message>
        <source>不是可以导入的报告文件</source>
        <translation>not a report file that can be imported</translation>
    </message>
    <message>
        <source>数据库中已有 %1 %2 年的报告，未替换</source>
        <translation>the database has a report of %1 for %2 already: not replaced</translation>
    </message>
    <message numerus="yes">
        <source>%n 个单元格待确认</source>
        <translation><numerusform>%n cell to confirm</numerusform><numerusform>%n cells to confirm</numerusform></translation>
    </message>
</context>
<context>
    <name>ReportCheck</name>
    <message>
        <source>件数不能为负数（2019 年表式表二的“本年增/减”除外）。</source>
        <translation>A count cannot be negative (except the change column of table 二 in the 2019 form).</translation>
    </message>
    <message>
        <source>单元格未填写。没有发生的事项请填 0，而不是留空。</source>
        <translation>The cell is blank. Enter 0 for what did not happen rather than leaving it blank.</translation>
    </message>
    <message>
        <source>已签发的报告在签发之后被改动过（手工或其他程序）：内容与签发时记录的 SHA-256 不符。</source>
        <translation>A signed report was changed after signing (by hand or by another program): its content no longer has the SHA-256 recorded at signing.</translation>
    </message>
    <message>
        <source>报告的某一部分文字还是空的。</source>
        <translation>A text part of the report is still empty.</translation>
    </message>
    <message>
        <source>正文中写到的数字（如“受理申请 N 件”“行政复议 N 件”，空格、全角数字、千位分隔符和汉字数字都算）与表中的数字不一致；修正把正文中的数字改为表中的。</source>
        <translation>A figure the prose states (such as 受理申请 N 件 or 行政复议 N 件; spaces, full-width digits, thousands separators and Chinese numerals all count) differs from the table's; the fix writes the table's figure into the prose.</translation>
    </message>
    <message>
        <source>正文中的同比说法（同比增长 N%、较上年增加 M 件）与上一年报告的数字不符。</source>
        <translation>A year-on-year claim in the prose (同比增长 N%, 较上年增加 M 件) that last year's report does not bear out.</translation>
    </message>
    <message>
        <source>正文中的年份不是本报告的年度：上一年的统计期限、导语中的报告年度、以往年份开头的句子；修正把整句的年份一起改过来。</source>
        <translation>A year in the prose that is not the report's: last year's statistical period, the report's year in the preamble, a sentence opening with an earlier year; the fix changes every year of the sentence together.</translation>
    </message>
    <message>
        <source>某一部分仍是上一年报告的原文，一字未改。</source>
        <translation>A part is still last year's text, word for word.</translation>
    </message>
    <message>
        <source>第五、六部分与上一年报告的同一部分大部分相同（照搬上年）。</source>
        <translation>Part five or six is mostly the same as in last year's report (copied from last year).</translation>
    </message>
    <message>
        <source>数字与上一年相比变化异常（超过 5 倍，或从 0 到 100 以上）：多打了一位，或填错了列？</source>
        <translation>A figure changed unusually against last year (more than five times, or from 0 to over 100): a digit typed twice, or the wrong column?</translation>
    </message>
    <message>
        <source>%1 是导入时读出的，尚未核对确认：%2</source>
        <translation>%1 was read by the import and is not confirmed yet: %2</translation>
    </message>
    <message>
        <source>导入时未能确定的单元格（原文里数字连在一起、标签不清等），核对原文后确认：在单元格上按回车，或用“全部确认导入的单元格”。</source>
        <translation>A cell the import could not be sure of (figures run together in the source, an unclear label…): check it against the source and confirm it with Enter on the cell, or with “Confirm all imported cells”.</translation>
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
        <source>“%1”还没有内容：签发前请填写（没有需要报告的事项也应写明“无”）</source>
        <translation>“%1” is empty: fill it in before signing off (write “无” (none) if there is nothing to report)</translation>
    </message>
    <message>
        <source>{anchor}：{left} ≠ {right}</source>
        <translation>{anchor}: {left} ≠ {right}</translation>
    </message>
    <message>
        <source>zh</source>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>修正 %1</source>
        <translation>Fix %1</translation>
    </message>
    <message>
        <source>确认 %1</source>
        <translation>Confirm %1</translation>
    </message>
    <message numerus="yes">
        <source>确认 %n 个单元格</source>
        <translation><numerusform>Confirm %n cell</numerusform><numerusform>Confirm %n cells</numerusform></translation>
    </message>
    <message>
        <source>编辑“%1”</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <source>示例报告无法读取：%1</source>
        <translation>The example report cannot be read: %1</translation>
    </message>
    <message>
        <source>示例</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>单元格“%1”</source>
        <translation>the cell “%1”</translation>
    </message>
    <message>
        <source>空白</source>
        <translation>blank</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n 字的文字</source>
        <translation><numerusform>text of %n character</numerusform><numerusform>text of %n characters</numerusform></translation>
    </message>
    <message>
        <source>单元格“%1”：%2</source>
        <translation>Cell “%1”: %2</translation>
    </message>
    <message>
        <source>“%1”：%2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>%1已在别处改为 %2：“%3”不能撤销或重做，以免改掉别人的修改</source>
        <translation>%1 was changed elsewhere to %2: “%3” cannot be undone or redone without overwriting that change</translation>
    </message>
    <message>
        <source>%1已被 %2 改为 %3：“%4”不能撤销或重做，以免改掉别人的修改</source>
        <translation>%1 was changed by %2 to %3: “%4” cannot be undone or redone without overwriting their change</translation>
    </message>
    <message>
        <source>基本信息（标题、成文日期、联系人、电话、传真、地址）</source>
        <translation>Basic information (title, date, contact person, telephone, fax, address)</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>不支持的输出格式“%1”（支持 .json、.pdf、.docx、.odt、.html）</source>
        <translation>unsupported output format “%1” (.json, .pdf, .docx, .odt and .html are)</translation>
    </message>
    <message>
        <source>PDF/A 只用于 PDF 输出</source>
        <translation>PDF/A is for PDF output only</translation>
    </message>
    <message>
        <source>无法写入 %1（%2）</source>
        <translation>Cannot write %1 (%2)</translation>
    </message>
    <message>
        <source>不支持的输出格式“%1”（一览支持 .csv、.pdf、.html）</source>
        <translation>Output format "%1" is not supported (the overview: .csv, .pdf, .html)</translation>
    </message>
    <message>
        <source>无法写入 %1：%2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1%2年度报告一览</source>
        <translation>%1 %2: reports at a glance</translation>
    </message>
</context>
<context>
    <name>ReportFormats</name>
    <message>
        <source>表二</source>
        <translation>Table 2</translation>
    </message>
    <message>
        <source>表三</source>
        <translation>Table 3</translation>
    </message>
    <message>
        <source>表四</source>
        <translation>Table 4</translation>
    </message>
</context>
<context>
    <name>ReportImport</name>
    <message>
        <source>文件不存在</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>无法读取（%1）</source>
        <translation>cannot be read (%1)</translation>
    </message>
    <message>
        <source>这是旧版 Word/WPS 文件（.doc/.wps）：需要 LibreOffice 转换，但没有找到 soffice。请安装 LibreOffice（Debian：apt-get install libreoffice-writer），或在 Word/WPS 中另存为 .docx 后导入</source>
        <translation>This is an old Word/WPS file (.doc/.wps): it needs LibreOffice to convert it, and soffice was not found. Install LibreOffice (Debian: apt-get install libreoffice-writer), or save it as .docx in Word/WPS and import that</translation>
    </message>
    <message>
        <source>LibreOffice 未能转换这个旧版 Word/WPS 文件：%1</source>
        <translation>LibreOffice could not convert this old Word/WPS file: %1</translation>
    </message>
    <message>
        <source>pdftotext 未能读取这个 PDF：%1</source>
        <translation>pdftotext could not read this PDF: %1</translation>
    </message>
    <message>
        <source>由扫描件识别，请对照原件核对</source>
        <translation>Read from a scan: check it against the original</translation>
    </message>
    <message>
        <source>这个 PDF 的表格没有表格线：读取它需要 poppler-utils 中的 pdftotext（Debian：apt-get install poppler-utils）；也可以在 PDF 阅读器中复制全文，再从剪贴板导入</source>
        <translation>This PDF's tables have no rules: reading it needs pdftotext from poppler-utils (Debian: apt-get install poppler-utils); or copy the whole text in a PDF viewer and import from the clipboard</translation>
    </message>
    <message>
        <source>这是扫描件，经文字识别（OCR）读出：表格中未经勾稽关系印证的数字都已标出，请对照原件逐一核对</source>
        <translation>This is a scan, read by OCR: every figure of the tables that the consistency rules do not confirm is marked; check each against the original</translation>
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
    <message>
        <source>成员重复出现：同一对象中的成员名不能重复（无法确定以哪一个为准）</source>
        <translation>member repeated: a member name may occur only once in an object (which one counts cannot be told)</translation>
    </message>
    <message>
        <source>太长（%1 字）：每一部分不能超过 %2 字</source>
        <translation>too long (%1 characters): a part may have at most %2 characters</translation>
    </message>
</context>
<context>
    <name>ReportListModel</name>
    <message>
        <source>报告</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>%1 年</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1 年 ✔ 已签发</source>
        <translation>%1 ✔ signed off</translation>
    </message>
    <message>
        <source>%1 于 %2 签发</source>
        <translation>Signed off by %1 on %2</translation>
    </message>
    <message>
        <source>%1（登录名 %2）于 %3 签发</source>
        <translation>Signed off by %1 (login %2) on %3</translation>
    </message>
    <message>
        <source>%1 年 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>ReportSchema</name>
    <message>
        <source>由待确认的 %1 合计而来</source>
        <translation>the sum of %1, not yet confirmed</translation>
    </message>
</context>
<context>
    <name>ReportStore</name>
    <message>
        <source>%1 不是本程序能用的数据库：请给出 SQLite 数据库文件的路径，或 postgresql://用户@主机[:端口]/数据库名</source>
        <translation>%1 is not a database this program can use: give the path of a SQLite database file, or postgresql://USER@HOST[:PORT]/DATABASE</translation>
    </message>
    <message>
        <source>待审核</source>
        <translation>submitted for review</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>sent back</translation>
    </message>
    <message>
        <source>审核通过</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>提交审核</source>
        <translation>submitted for review</translation>
    </message>
    <message>
        <source>签发</source>
        <translation>Sign off</translation>
    </message>
    <message>
        <source>撤回签发</source>
        <translation>Reopen</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <source>自动计算的合计</source>
        <translation>computed total</translation>
    </message>
    <message>
        <source>这里不是可填写的单元格</source>
        <translation>This is not a cell to fill in</translation>
    </message>
    <message>
        <source>%1是自动计算的合计，不能直接填写</source>
        <translation>%1 is a computed total and cannot be typed in</translation>
    </message>
    <message>
        <source>填写 %1</source>
        <translation>Enter %1</translation>
    </message>
    <message>
        <source>报告已签发，只能查看；如需修改，请先撤回签发</source>
        <translation>The report is signed off and read-only; reopen it to change it</translation>
    </message>
    <message>
        <source>导入时未能确定：%1（核对原文后按 Enter 确认）</source>
        <translation>Not certain on import: %1 (check against the source, then press Enter to confirm)</translation>
    </message>
</context>
<context>
    <name>ReportTableView</name>
    <message>
        <source>请先选中要粘贴到的第一个数字单元格</source>
        <translation>Select the first number cell to paste into</translation>
    </message>
    <message>
        <source>粘贴的内容超出了表格：第 %1 行有 %2 个数，这里只有 %3 个单元格</source>
        <translation>The paste does not fit: line %1 has %2 numbers, here are only %3 cells</translation>
    </message>
    <message>
        <source>未粘贴任何内容：第 %1 行第 %2 个数“%3”不能填入%4：%5</source>
        <translation>Nothing pasted: number %2 of line %1, “%3”, cannot go into %4: %5</translation>
    </message>
    <message numerus="yes">
        <source>粘贴 %n 个单元格</source>
        <translation><numerusform>Paste %n cell</numerusform><numerusform>Paste %n cells</numerusform></translation>
    </message>
    <message>
        <source>已粘贴 %1 个单元格；%2 个合计单元格按明细自动计算</source>
        <translation>Pasted %1 cells; %2 total cells are computed from the details</translation>
    </message>
    <message numerus="yes">
        <source>清空 %n 个单元格</source>
        <translation><numerusform>Clear %n cell</numerusform><numerusform>Clear %n cells</numerusform></translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>restore 备份文件 [--db 路径]</source>
        <translation>restore BACKUP [--db PATH]</translation>
    </message>
    <message>
        <source>用备份替换数据库的内容（原来的内容先另存为备份）</source>
        <translation>Replace the database's content with a backup's (what was there is kept as a backup first)</translation>
    </message>
    <message>
        <source>restore 需要一个备份文件</source>
        <translation>restore needs one backup file</translation>
    </message>
    <message>
        <source>已从 %1 恢复（%2 份报告）；恢复前的内容保存在 %3</source>
        <translation>Restored from %1 (%2 reports); what was there before is kept in %3</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>%1 中还没有这个数据库的备份。</source>
        <translation>%1 holds no backup of this database yet.</translation>
    </message>
    <message>
        <source>选择一个备份：数据库的内容将换成它的内容，当前的内容先另存为一个备份（可以再恢复回来）。</source>
        <translation>Choose a backup: the database's content becomes its content; what is there now is kept as a backup first (and can be restored again).</translation>
    </message>
    <message>
        <source>写入时间</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>报告</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>%1 %2 年</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>（没有报告）</source>
        <translation>(no reports)</translation>
    </message>
    <message numerus="yes">
        <source>%n 份：</source>
        <translation><numerusform>%n report: </numerusform><numerusform>%n reports: </numerusform></translation>
    </message>
    <message>
        <source>恢复(&amp;R)</source>
        <translation>&amp;Restore</translation>
    </message>
</context>
<context>
    <name>ReviewCommand</name>
    <message>
        <source>review --agency 机关 --year 年份 submit|approve|return|sign|reopen [--reason 原因] [--who 姓名] [--db 路径]</source>
        <translation>review --agency NAME --year N submit|approve|return|sign|reopen [--reason WHY] [--who NAME] [--db PATH]</translation>
    </message>
    <message>
        <source>审核与签发：提交审核、审核通过、退回修改（须说明原因）、签发（--who 签发人）、撤回签发（须说明原因）；
记录的经办人是登录的数据库用户，--who 是印在页面上的姓名</source>
        <translation>Review and sign-off: submit, approve, return (with a reason), sign (--who the signer), reopen (with a reason);
who took the step is recorded as the database login; --who is the name printed on the page</translation>
    </message>
    <message>
        <source>退回或撤回的原因</source>
        <translation>why it is returned or withdrawn</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>WHY</translation>
    </message>
    <message>
        <source>印在页面上的姓名（签发人、审核人）</source>
        <translation>the name printed on the page (signer, reviewer)</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>review 需要 --agency 和 --year</source>
        <translation>review needs --agency and --year</translation>
    </message>
    <message>
        <source>review 需要一个操作：submit（提交审核）、approve（审核通过）、return（退回修改）、sign（签发）或 reopen（撤回签发）</source>
        <translation>review needs an action: submit, approve, return, sign or reopen</translation>
    </message>
    <message>
        <source>数据库中没有 %1 %2 年的报告</source>
        <translation>The database has no report of %1 for %2</translation>
    </message>
    <message>
        <source>%1 %2 年的报告：%3</source>
        <translation>The %2 report of %1: %3</translation>
    </message>
    <message>
        <source>已签发（%1）</source>
        <translation>signed (%1)</translation>
    </message>
</context>
<context>
    <name>ReviewSteps</name>
    <message>
        <source>未知的审核操作 %1（submit、approve、return、sign 或 reopen）</source>
        <translation>Unknown review step %1 (submit, approve, return, sign or reopen)</translation>
    </message>
</context>
<context>
    <name>RollUp</name>
    <message>
        <source>缺报告</source>
        <translation>no report</translation>
    </message>
    <message>
        <source>已签发</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>数据库中没有机关“%1”</source>
        <translation>The database has no agency “%1”</translation>
    </message>
    <message>
        <source>“%1”之下没有机关：请先导入或设置机关层级（上级机关）</source>
        <translation>No agency is below “%1”: import or set the agency tree (parents) first</translation>
    </message>
    <message>
        <source>%1%2年度政府信息公开工作年度报告（汇总）</source>
        <translation>%1%2年度政府信息公开工作年度报告（汇总）</translation>
    </message>
    <message>
        <source>没有 %1 年的报告</source>
        <translation>no report for %1</translation>
    </message>
    <message numerus="yes">
        <source>检查有 %n 个错误</source>
        <translation><numerusform>%n error in its check</numerusform><numerusform>%n errors in its check</numerusform></translation>
    </message>
    <message>
        <source>尚未签发</source>
        <translation>Not signed off</translation>
    </message>
    <message>
        <source>只含 %1 份报告中的 %2 份：%3 的表式没有这一项</source>
        <translation>%2 of the %1 reports only: the forms of %3 have no such figure</translation>
    </message>
    <message>
        <source>没有 %1 年的报告，或无权查看</source>
        <translation>no report for %1, or not yours to read</translation>
    </message>
    <message>
        <source>%1为 %2 年表式，已换算为 %3 年表式汇总</source>
        <translation>%1 in the %2 form, converted to the %3 form for the sum</translation>
    </message>
    <message>
        <source>%1为 %2 年表式，%3 年表式才有的项目未计入</source>
        <translation>%1 in the %2 form: the %3 form's own figures are not included</translation>
    </message>
    <message>
        <source>表二 %1 年、表三 %2 年表式</source>
        <translation>table 2 in the %1 form, table 3 in the %2 form</translation>
    </message>
    <message>
        <source>本汇总是以下各机关 %1 年度报告的逐项合计（共 %2 份；表二、表三按 %3 汇总，合计栏重新计算）：</source>
        <translation>This is the cell-by-cell sum of the following agencies' reports for %1 (%2 reports; summed with %3, totals computed again):</translation>
    </message>
    <message>
        <source>%1．%2：%3，%4</source>
        <translation>%1. %2: %3, %4</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>没有 %1 年报告、未计入汇总的机关：%2。</source>
        <translation>Agencies without a report for %1, not in the sum: %2.</translation>
    </message>
    <message>
        <source>汇总未能读取“%1”之下的报告</source>
        <translation>The roll-up could not read the reports below "%1"</translation>
    </message>
</context>
<context>
    <name>RollUpCommand</name>
    <message>
        <source>汇总下级机关的报告，列出缺报、未签发和检查有错误的机关</source>
        <translation>Sum the reports of the agencies below; names those missing, unsigned or failing</translation>
    </message>
    <message>
        <source>汇总输出</source>
        <translation>the sum's file</translation>
    </message>
    <message>
        <source>rollup 需要 --agency 和 --year</source>
        <translation>rollup needs --agency and --year</translation>
    </message>
    <message>
        <source>--to：不支持的输出格式“%1”（支持 .json、.pdf、.docx、.odt、.html）</source>
        <translation>--to: unsupported output format “%1” (.json, .pdf, .docx, .odt and .html are supported)</translation>
    </message>
    <message>
        <source>新收 %1</source>
        <translation>received %1</translation>
    </message>
    <message>
        <source>办结 %1</source>
        <translation>concluded %1</translation>
    </message>
    <message>
        <source>%1 错 %2 警</source>
        <translation>%1 errors %2 warnings</translation>
    </message>
    <message>
        <source>汇总 %1 份报告：新收 %2，办结 %3；检查 %4 个错误、%5 个警告</source>
        <translation>Summed %1 reports: received %2, concluded %3; the check: %4 errors, %5 warnings</translation>
    </message>
    <message numerus="yes">
        <source>注意：%n 个单元格不是全部报告之和（报告的表式没有这一项），已在汇总中标出</source>
        <translation><numerusform>Note: %n cell is not the sum of every report (some forms lack it); it is marked in the sum</numerusform><numerusform>Note: %n cells are not the sum of every report (some forms lack them); they are marked in the sum</numerusform></translation>
    </message>
    <message>
        <source>rollup --agency 机关 --year 年份 [--to 汇总.json|.pdf|.docx|.odt|.html] [--dashboard 一览.csv|.pdf|.html] [--db 路径]</source>
        <translation>rollup --agency NAME --year N [--to SUM.json|.pdf|.docx|.odt|.html] [--dashboard OVERVIEW.csv|.pdf|.html] [--db PATH]</translation>
    </message>
    <message>
        <source>一览（各机关的状态、错误、同级比较和变化最大的数字）写入的文件</source>
        <translation>File for the overview (each agency's step, errors, place among peers and the figures that moved most)</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>--dashboard：不支持的输出格式“%1”（支持 .csv、.pdf、.html）</source>
        <translation>--dashboard: output format "%1" is not supported (.csv, .pdf, .html)</translation>
    </message>
</context>
<context>
    <name>RollUpDialog</name>
    <message>
        <source>导出汇总(&amp;E)…</source>
        <translation>&amp;Export the roll-up…</translation>
    </message>
    <message>
        <source>汇总</source>
        <translation>Roll-up</translation>
    </message>
    <message>
        <source>机关(&amp;J)：</source>
        <translation>Agency (&amp;J):</translation>
    </message>
    <message>
        <source>年度(&amp;N)：</source>
        <translation>Year (&amp;N):</translation>
    </message>
    <message>
        <source>机关</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>新收申请</source>
        <translation>New requests</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Concluded</translation>
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
        <source>需要注意</source>
        <translation>Needs a look</translation>
    </message>
    <message>
        <source>双击一行打开该机关的报告</source>
        <translation>Double-click a row to open that agency's report</translation>
    </message>
    <message>
        <source>设置上级机关(&amp;P)…</source>
        <translation>Set the &amp;parent agency…</translation>
    </message>
    <message>
        <source>导入机关层级 (CSV)(&amp;I)…</source>
        <translation>&amp;Import the agency tree (CSV)…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>还没有机关层级：请用“导入机关层级 (CSV)”或“设置上级机关”说明哪些机关在哪个机关之下。</source>
        <translation>There is no agency tree yet: use “Import the agency tree (CSV)” or “Set the parent agency” to say which agencies are below which.</translation>
    </message>
    <message>
        <source>合计：%1</source>
        <translation>Total: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n 份报告</source>
        <translation><numerusform>%n report</numerusform><numerusform>%n reports</numerusform></translation>
    </message>
    <message>
        <source>%1 %2 年：汇总 %3 份报告；缺报告 %4 个机关，未签发 %5 份，检查有错误 %6 份。合计按同样的规则检查：%7 个错误、%8 个警告。</source>
        <translation>%1, %2: %3 reports summed; %4 agencies without a report, %5 reports unsigned, %6 failing their checks. The total checked by the same rules: %7 errors, %8 warnings.</translation>
    </message>
    <message>
        <source>导入机关层级</source>
        <translation>Import the agency tree</translation>
    </message>
    <message>
        <source>机关层级 (*.csv);;所有文件 (*)</source>
        <translation>Agency tree (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>设置上级机关</source>
        <translation>Set the parent agency</translation>
    </message>
    <message>
        <source>机关：</source>
        <translation>Agency:</translation>
    </message>
    <message>
        <source>（无上级机关）</source>
        <translation>(no parent)</translation>
    </message>
    <message>
        <source>“%1”的上级机关：</source>
        <translation>Parent agency of “%1”:</translation>
    </message>
    <message>
        <source>没有可导出的汇总</source>
        <translation>There is no roll-up to export</translation>
    </message>
    <message>
        <source>导出汇总</source>
        <translation>Export the roll-up</translation>
    </message>
    <message>
        <source>%1%2年度汇总.pdf</source>
        <translation>%1-%2-rollup.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word 文档 (*.docx);;ODT 文档 (*.odt);;网页 (*.html);;报告 JSON (*.json)</source>
        <translation>PDF (*.pdf);;Word document (*.docx);;ODT document (*.odt);;Web page (*.html);;Report JSON (*.json)</translation>
    </message>
    <message>
        <source>导出一览(&amp;D)…</source>
        <translation>Export the &amp;dashboard…</translation>
    </message>
    <message>
        <source>汇总(&amp;S)</source>
        <translation>&amp;Sum</translation>
    </message>
    <message>
        <source>一览(&amp;L)</source>
        <translation>At a g&amp;lance</translation>
    </message>
    <message>
        <source>没有可导出的一览</source>
        <translation>No overview to export</translation>
    </message>
    <message>
        <source>导出一览</source>
        <translation>Export overview</translation>
    </message>
    <message>
        <source>%1%2年度报告一览.csv</source>
        <translation>%1 %2 overview.csv</translation>
    </message>
    <message>
        <source>CSV 表格 (*.csv);;PDF (*.pdf);;网页 (*.html)</source>
        <translation>CSV table (*.csv);;PDF (*.pdf);;Web page (*.html)</translation>
    </message>
</context>
<context>
    <name>RuleConfirmation</name>
    <message>
        <source>%1：扫描件上识别为“%2”，另一种读法“%3”%4，已采用</source>
        <translation>%1: read on the scan as “%2”; its other reading “%3” %4 and was taken</translation>
    </message>
    <message>
        <source>（空白）</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <source>符合表内勾稽关系，并与上年（%1 年）报告衔接</source>
        <translation>fits the tables’ consistency rules and continues the %1 report</translation>
    </message>
    <message>
        <source>符合表内勾稽关系</source>
        <translation>fits the tables’ consistency rules</translation>
    </message>
    <message>
        <source>空白</source>
        <translation>blank</translation>
    </message>
    <message>
        <source>扫描件上这一格有几种读法（%1），表内勾稽关系定不下来</source>
        <translation>the scan reads this cell several ways (%1) and the tables’ consistency rules cannot tell which</translation>
    </message>
    <message>
        <source>与上年（%1 年）报告衔接</source>
        <translation>continues the %1 report</translation>
    </message>
</context>
<context>
    <name>RunTogetherReader</name>
    <message>
        <source>原文的行名与表中的“%1”不完全相同</source>
        <translation>the row label in the text differs from “%1” in the form</translation>
    </message>
    <message>
        <source>数字连在一起，没有一种拆分符合表格的勾稽关系</source>
        <translation>the numbers run together and no way of cutting them satisfies the sum rules</translation>
    </message>
    <message>
        <source>数字连在一起，可能的拆分太多</source>
        <translation>the numbers run together with too many ways of cutting them</translation>
    </message>
    <message>
        <source>%1：%2，留空</source>
        <translation>%1: %2; left blank</translation>
    </message>
    <message>
        <source>数字连在一起，按上年（%1 年）报告的数字拆分为 %2</source>
        <translation>the numbers run together; cut as %2 to continue last year's (%1) report</translation>
    </message>
    <message>
        <source>%1：%2，请核对</source>
        <translation>%1: %2; please check</translation>
    </message>
    <message>
        <source>数字连在一起，有 %1 种拆分都说得通，暂按 %2 填入</source>
        <translation>the numbers run together and %1 ways of cutting them fit; filled as %2 for now</translation>
    </message>
    <message>
        <source>数字连在一起，拆分方式太多，未能逐一核对，暂按 %1 填入</source>
        <translation>the numbers run together with too many ways of cutting them to check each; filled as %1 for now</translation>
    </message>
</context>
<context>
    <name>ScanPageView</name>
    <message>
        <source>原件图像</source>
        <translation>Source page</translation>
    </message>
</context>
<context>
    <name>ScanText</name>
    <message>
        <source>识别扫描件需要 Tesseract 的简体中文数据：请安装 tesseract-ocr-chi-sim（Debian：apt-get install tesseract-ocr-chi-sim）</source>
        <translation>Reading a scan needs Tesseract's Simplified Chinese data: install tesseract-ocr-chi-sim (Debian: apt-get install tesseract-ocr-chi-sim)</translation>
    </message>
    <message>
        <source>识别扫描件需要 Tesseract 的英文数据（用于数字）：请安装 tesseract-ocr-eng</source>
        <translation>Reading a scan needs Tesseract's English data (for figures): install tesseract-ocr-eng</translation>
    </message>
    <message>
        <source>这个扫描的 PDF 超过 %1 页，不像一份年度报告，未导入</source>
        <translation>This scanned PDF has more than %1 pages, which is not an annual report; nothing was imported</translation>
    </message>
    <message>
        <source>无法读取图片（%1）</source>
        <translation>Cannot read the image (%1)</translation>
    </message>
    <message>
        <source>这个扫描件超过 %1 页，不像一份年度报告，未导入</source>
        <translation>This scan has more than %1 pages, which is not an annual report; nothing was imported</translation>
    </message>
    <message>
        <source>已取消识别扫描件，未导入任何内容</source>
        <translation>Reading the scan was cancelled; nothing was imported</translation>
    </message>
    <message>
        <source>扫描件中没有识别出报告的文字（图片太模糊、太小，或不是报告）：请用清晰的扫描件（200–300 dpi），或原始的 Word/WPS 文件、网页导入</source>
        <translation>No report text was recognised in the scan (too blurred, too small, or not a report): import a clear scan (200–300 dpi), or the original Word/WPS file or web page</translation>
    </message>
    <message>
        <source>图片太大（%1×%2 像素），不像一页报告的扫描图片：请以 200–300 dpi 重新扫描</source>
        <translation>The image is too large (%1×%2 pixels) for a scanned page of a report: scan again at 200–300 dpi</translation>
    </message>
</context>
<context>
    <name>SeparatedReader</name>
    <message>
        <source>数字与行名不在相邻两行，按其前面单独一行的“%1”放入</source>
        <translation>the numbers are not on the line after their label; placed under the label “%1” standing alone before them</translation>
    </message>
    <message>
        <source>原文的行名“%1”与表中的“%2”不完全相同</source>
        <translation>the label “%1” in the text differs from “%2” in the form</translation>
    </message>
    <message>
        <source>第 %1 行的“%2”按“%3”读取，请核对</source>
        <translation>“%2” on line %1 was read as “%3”; please check</translation>
    </message>
    <message>
        <source>这一行有 %1 个数，表中这一行有 %2 格</source>
        <translation>this row has %1 numbers, the form has %2 cells</translation>
    </message>
    <message>
        <source>%1：%2，按顺序填入，请核对</source>
        <translation>%1: %2; filled in order, please check</translation>
    </message>
    <message>
        <source>原文的行名“%1”未能认出，按这一行在表中的位置放入“%2”</source>
        <translation>the label “%1” in the source could not be recognised; the line was put in “%2” by its place in the table</translation>
    </message>
    <message>
        <source>原文这一行没有行名，按它在表中的位置放入“%1”</source>
        <translation>this line of the source has no label; it was put in “%1” by its place in the table</translation>
    </message>
    <message>
        <source>第 %1 行：%2，请核对</source>
        <translation>Line %1: %2; check it</translation>
    </message>
</context>
<context>
    <name>SetCommand</name>
    <message>
        <source>set --agency 机关 --year 年份 键=值... [--db 路径]</source>
        <translation>set --agency NAME --year N KEY=VALUE... [--db PATH]</translation>
    </message>
    <message>
        <source>填写单元格，如 t3.new.natural=5；“键=”使单元格空白</source>
        <translation>Fill in cells, e.g. t3.new.natural=5; "KEY=" makes a cell blank</translation>
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
        <source>--agency/--year：数据库中没有 %1 %2 年的报告</source>
        <translation>--agency/--year: the database has no report of %1 for %2</translation>
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
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>标题（小标宋）(&amp;T)</source>
        <translation>&amp;Title (小标宋)</translation>
    </message>
    <message>
        <source>正文（仿宋）(&amp;B)</source>
        <translation>&amp;Body (仿宋)</translation>
    </message>
    <message>
        <source>一级标题（黑体）(&amp;1)</source>
        <translation>Heading &amp;1 (黑体)</translation>
    </message>
    <message>
        <source>二级标题（楷体）(&amp;2)</source>
        <translation>Heading &amp;2 (楷体)</translation>
    </message>
    <message>
        <source>表格（仿宋）(&amp;G)</source>
        <translation>Tables (仿宋) (&amp;G)</translation>
    </message>
    <message>
        <source>页码（宋体）(&amp;P)</source>
        <translation>&amp;Page numbers (宋体)</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>跟随系统（%1）</source>
        <translation>As the system (%1)</translation>
    </message>
    <message>
        <source>界面语言(&amp;L)：</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <source>打开所在文件夹(&amp;O)</source>
        <translation>&amp;Open its folder</translation>
    </message>
    <message>
        <source>数据库文件(&amp;D)：</source>
        <translation>&amp;Database file:</translation>
    </message>
    <message>
        <source>每一处修改立即写入这个文件。文件 ▸ 打开数据库 可以换用另一个文件（例如同事发来的）；文件 ▸ 新建数据库 另起一个。</source>
        <translation>Every change is written to this file at once. File ▸ Open database uses another file (one a colleague sent, say); File ▸ New database starts a new one.</translation>
    </message>
    <message>
        <source>常规</source>
        <translation>General</translation>
    </message>
    <message>
        <source>本机安装了仿宋_GB2312、方正小标宋简体等字体时可在此选用；默认使用随程序提供的 Fandol 字体。</source>
        <translation>Choose faces such as 仿宋_GB2312 or 方正小标宋简体 when this computer has them; by default the program uses the Fandol faces it ships.</translation>
    </message>
    <message>
        <source>恢复默认字体(&amp;R)</source>
        <translation>&amp;Restore the default faces</translation>
    </message>
    <message>
        <source>打印字体</source>
        <translation>Print fonts</translation>
    </message>
    <message>
        <source>选择(&amp;C)…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>备份文件夹</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>备份文件夹(&amp;F)：</source>
        <translation>Backup &amp;folder:</translation>
    </message>
    <message>
        <source>不备份</source>
        <translation>no backups</translation>
    </message>
    <message>
        <source> 份</source>
        <translation> copies</translation>
    </message>
    <message>
        <source>保留最近(&amp;K)：</source>
        <translation>&amp;Keep the last:</translation>
    </message>
    <message>
        <source>每天第一次修改之前，程序把整个数据库复制一份到备份文件夹（留空则为数据库旁的 backups 文件夹）。</source>
        <translation>Before the first change of each day the program copies the whole database into the backup folder (left empty: the backups folder beside the database).</translation>
    </message>
</context>
<context>
    <name>SqlAgencies</name>
    <message>
        <source>机关“%1”不在数据库中：机关由办公室的管理员添加（disclosure-report access 或“机关与账号”），未作任何改动</source>
        <translation>The agency “%1” is not in the database: agencies are added by the office's administrator (disclosure-report agencies, or Agencies and Accounts); nothing was changed</translation>
    </message>
    <message>
        <source>机关层级由办公室的管理员设置：数据库用户 %1 不是管理员，未作任何改动</source>
        <translation>The agency tree is the office administrator's to set: the database user %1 is not one; nothing was changed</translation>
    </message>
    <message>
        <source>机关名称不能为空</source>
        <translation>The agency name cannot be empty</translation>
    </message>
    <message>
        <source>“%1”不能在“%2”之下：它自己在“%1”之下，层级会成环</source>
        <translation>“%1” cannot be below “%2”: “%2” is below “%1”, the tree would go round in a circle</translation>
    </message>
    <message>
        <source>%1 是单机数据库文件，没有账号：账号和权限属于办公室的服务器数据库（PostgreSQL）</source>
        <translation>%1 is a desktop database file and has no accounts: accounts and rights belong to an office's server database (PostgreSQL)</translation>
    </message>
    <message>
        <source>只有办公室的管理员能查看账号：数据库用户 %1 不是管理员</source>
        <translation>Only the office's administrator sees the accounts: the database user %1 is not one</translation>
    </message>
    <message>
        <source>“%1”不能用作账号名：请用字母、数字、下划线、点或连字符，以字母或下划线开头，不超过 63 个字符</source>
        <translation>“%1” cannot be an account name: use letters, digits, underscores, dots or hyphens, beginning with a letter or underscore, at most 63 characters</translation>
    </message>
    <message>
        <source>口令太短：至少 8 个字符</source>
        <translation>The password is too short: at least 8 characters</translation>
    </message>
</context>
<context>
    <name>SqlConnection</name>
    <message>
        <source>数据库 %1 出错</source>
        <translation>Database %1 failed</translation>
    </message>
    <message>
        <source>%1 是只读的，只能查看；未作任何改动</source>
        <translation>%1 is read-only and can only be viewed; nothing was changed</translation>
    </message>
    <message>
        <source>与数据库 %1 的连接已断开，这次修改没有保存：程序正在自动重新连接，连上后可以再做一次</source>
        <translation>The connection to the database %1 was lost and this change was not saved: the program is reconnecting by itself; try again once it is back</translation>
    </message>
</context>
<context>
    <name>SqlReportEdits</name>
    <message>
        <source>%1 %2 年的报告刚被别处删除，未作任何改动</source>
        <translation>The %2 report of %1 was just deleted elsewhere; nothing was changed</translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation>the basic information</translation>
    </message>
    <message>
        <source>无法写入单元格 %1</source>
        <translation>Cannot write cell %1</translation>
    </message>
    <message>
        <source>这份报告的表格中没有这个单元格</source>
        <translation>the report's tables have no such cell</translation>
    </message>
    <message>
        <source>单元格“%1”</source>
        <translation>the cell “%1”</translation>
    </message>
    <message>
        <source>（对方填的是 %1）</source>
        <translation> (they entered %1)</translation>
    </message>
    <message>
        <source>空白</source>
        <translation>blank</translation>
    </message>
    <message>
        <source>未知的正文部分 %1</source>
        <translation>Unknown prose part %1</translation>
    </message>
    <message>
        <source>“%1”太长（%2 字）：每一部分不能超过 %3 字，未作任何改动</source>
        <translation>“%1” is too long (%2 characters): a part may have at most %3 characters; nothing was changed</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>数据库中这份报告没有这个单元格</source>
        <translation>the report in the database has no such cell</translation>
    </message>
</context>
<context>
    <name>SqlReportStore</name>
    <message>
        <source>报告已签发，数据库拒绝了这次修改：如需修改，请先撤回签发并说明原因</source>
        <translation>The report is signed and the database refused this change: to change it, withdraw the signing first and give the reason</translation>
    </message>
    <message>
        <source>在服务器上，报告审核通过后才能签发（数据库拒绝了签发）</source>
        <translation>On a server a report is signed once approved (the database refused the signing)</translation>
    </message>
    <message>
        <source>只有这份报告的审核人（政务公开办）才能审核通过或退回（数据库拒绝了这一步）</source>
        <translation>Only this report's reviewer (the disclosure office) may approve it or send it back (the database refused this step)</translation>
    </message>
    <message>
        <source>报告在审核中（待审核或审核通过），数据库拒绝了这次修改：需要修改时请审核人退回</source>
        <translation>The report is under review (submitted or approved) and the database refused the change: to change it, ask the reviewer to return it</translation>
    </message>
    <message>
        <source>审核人不能审核自己填报的机关的报告（数据库拒绝了这一步）</source>
        <translation>A reviewer cannot review the reports of an agency it writes for (the database refused this step)</translation>
    </message>
    <message>
        <source>只有这个机关的填报人才能提交审核或签发它的报告（数据库拒绝了这一步）</source>
        <translation>Only this agency's clerks may submit or sign its reports (the database refused this step)</translation>
    </message>
    <message>
        <source>只有这个机关的填报人或它的审核人才能撤回签发（数据库拒绝了这一步）</source>
        <translation>Only this agency's clerks or its reviewers may withdraw a sign-off (the database refused this step)</translation>
    </message>
    <message>
        <source>这份报告刚在别处审核过，请重新打开后再看</source>
        <translation>This report was just reviewed elsewhere: open it again to see it</translation>
    </message>
    <message>
        <source>报告在您读取之后已在别处改动：请看过改动后再签发</source>
        <translation>The report was changed elsewhere after you read it: look at the change before signing off</translation>
    </message>
    <message>
        <source>审核不能这样进行（数据库拒绝了这一步：%1）</source>
        <translation>The review cannot go this way (the database refused this step: %1)</translation>
    </message>
    <message>
        <source>审核与签发记录只能增加，不能修改或删除（数据库拒绝了这次修改）</source>
        <translation>The review and sign-off record can only grow, never be changed or deleted (the database refused this change)</translation>
    </message>
    <message>
        <source>审核与签发只能通过程序的审核操作进行（数据库拒绝了直接修改）</source>
        <translation>Review and sign-off steps go only through the review's own steps (the database refused a direct change)</translation>
    </message>
    <message>
        <source>签发只能经“撤回签发”并说明原因后撤回（数据库拒绝了这次修改）</source>
        <translation>A sign-off is withdrawn only through Reopen, with a reason (the database refused this change)</translation>
    </message>
    <message>
        <source>数据库的所有者没有 CREATEROLE 权限，无法建立办公室的用户组：请服务器的管理员执行 ALTER ROLE 所有者 CREATEROLE 后再连接（%1）</source>
        <translation>The database's owner lacks CREATEROLE and cannot make the office's groups: ask the server's administrator to run ALTER ROLE owner CREATEROLE, then connect again (%1)</translation>
    </message>
    <message>
        <source>只有办公室的管理员能管理账号（数据库拒绝了这一步）</source>
        <translation>Only the office's administrator manages accounts (the database refused this step)</translation>
    </message>
    <message>
        <source>新账号需要口令</source>
        <translation>A new account needs a password</translation>
    </message>
    <message>
        <source>数据库的超级用户不能作为办公室的账号</source>
        <translation>A database superuser cannot be an office's account</translation>
    </message>
    <message>
        <source>管理员不能取消自己的账号</source>
        <translation>An administrator cannot remove its own account</translation>
    </message>
    <message>
        <source>数据库中没有这个机关（%1）</source>
        <translation>The database has no such agency (%1)</translation>
    </message>
    <message>
        <source>服务器上没有这个账号（%1）</source>
        <translation>The server has no such account (%1)</translation>
    </message>
    <message>
        <source>新报告只能是草稿（数据库拒绝了这次写入）</source>
        <translation>A new report can only be a draft (the database refused this write)</translation>
    </message>
</context>
<context>
    <name>SqlReports</name>
    <message>
        <source>数据库中没有 %1 %2 年的报告，或数据库用户 %3 无权查看它（权限由办公室的管理员授予）</source>
        <translation>The database has no report of %1 for %2, or the database user %3 may not read it (the office's administrator grants rights)</translation>
    </message>
    <message>
        <source>数据库中没有 %1 %2 年的报告</source>
        <translation>The database has no report of %1 for %2</translation>
    </message>
    <message>
        <source>%1 %2 年的报告已签发，只能查看；如需修改，请先撤回签发并说明原因</source>
        <translation>The report of %1 for %2 is signed off and read-only; reopen it, saying why, to change it</translation>
    </message>
    <message>
        <source>%1 %2 年的报告%3，不能修改；需要修改时请审核人退回</source>
        <translation>The %2 report of %1 is %3 and cannot be changed; to change it, ask the reviewer to send it back</translation>
    </message>
    <message>
        <source>别处（命令行、另一个窗口或另一位同事）</source>
        <translation>someone else (the command line, another window or a colleague)</translation>
    </message>
    <message>
        <source>%1 %2 年报告的%3在您读取之后已被%4改动：这次修改没有保存，以免覆盖对方的修改。请看过对方的改动后再改</source>
        <translation>%3 of the %2 report of %1 was changed by %4 after you read it: this change was not saved, so as not to overwrite theirs. Look at their change before changing it again</translation>
    </message>
    <message>
        <source>%1 %2 年的报告刚被别处删除，未作任何改动</source>
        <translation>The %2 report of %1 was just deleted elsewhere; nothing was changed</translation>
    </message>
    <message>
        <source>数据库用户 %1 没有写入 %2 %3 年报告的权限（由管理员在“机关与账号”中授予），未作任何改动</source>
        <translation>The database user %1 may not write the report of %2 for %3 (the administrator grants this in Agencies and Accounts); nothing was changed</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>the content</translation>
    </message>
    <message>
        <source>%1 %2 年的报告刚被别处删除</source>
        <translation>The report of %1 for %2 was just deleted elsewhere</translation>
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
        <source>%1 %2 年的报告%3，不能替换；需要修改时请审核人退回</source>
        <translation>The report of %1 for %2 is %3 and cannot be replaced; to change it, ask the reviewer to return it</translation>
    </message>
    <message>
        <source>%1 %2 年的报告已在数据库中（要替换它，请使用 --replace）</source>
        <translation>The report of %1 for %2 is already in the database (use --replace to replace it)</translation>
    </message>
    <message>
        <source>无法保存 %1 %2 年的报告</source>
        <translation>Cannot save the report of %1 for %2</translation>
    </message>
    <message>
        <source>机关名称不能为空</source>
        <translation>The agency name cannot be empty</translation>
    </message>
    <message>
        <source>%1 %2 年的报告已签发，不能改动机关名称</source>
        <translation>The report of %1 for %2 is signed off; its agency name cannot change</translation>
    </message>
    <message>
        <source>%1 %2 年的报告%3，不能改动机关名称</source>
        <translation>The report of %1 for %2 is %3: its agency's name cannot change</translation>
    </message>
    <message>
        <source>数据库中没有机关“%1”</source>
        <translation>The database has no agency “%1”</translation>
    </message>
    <message>
        <source>“%1”和“%2”都有 %3 年的报告，不能合并；请先删除其中一份</source>
        <translation>“%1” and “%2” both have a report for %3 and cannot be merged; delete one of them first</translation>
    </message>
</context>
<context>
    <name>SqlReview</name>
    <message>
        <source>这份报告刚在别处审核过，请重新打开后再看</source>
        <translation>This report was just reviewed elsewhere: open it again to see it</translation>
    </message>
    <message>
        <source>未知的审核操作 %1（submit、return 或 approve）</source>
        <translation>Unknown review step %1 (submit, return or approve)</translation>
    </message>
    <message>
        <source>退回需要说明原因，办事员会看到它</source>
        <translation>Sending back needs a reason, which the clerk will see</translation>
    </message>
    <message>
        <source>数据库中没有 %1 %2 年的报告</source>
        <translation>The database has no report of %1 for %2</translation>
    </message>
    <message>
        <source>%1 %2 年的报告已签发，不在审核中</source>
        <translation>The %2 report of %1 is signed, not under review</translation>
    </message>
    <message>
        <source>%1 %2 年的报告现在是“%3”，不能%4</source>
        <translation>The %2 report of %1 is now “%3”: it cannot be %4</translation>
    </message>
    <message>
        <source>签发需要签发人的姓名</source>
        <translation>Signing off needs the name of who signs</translation>
    </message>
    <message>
        <source>%1 %2 年的报告%3：审核通过后才能签发</source>
        <translation>The %2 report of %1 is %3: it is signed once approved</translation>
    </message>
    <message>
        <source>在服务器上，报告审核通过后才能签发：请先提交审核</source>
        <translation>On a server a report is signed off once approved: submit it for review first</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>the content</translation>
    </message>
    <message>
        <source>撤回签发需要说明原因</source>
        <translation>Reopening needs a reason</translation>
    </message>
    <message>
        <source>%1 %2 年的报告尚未签发</source>
        <translation>The report of %1 for %2 is not signed off</translation>
    </message>
</context>
<context>
    <name>SqlSchema</name>
    <message>
        <source>%1 不是本程序的数据库，未作任何改动</source>
        <translation>%1 is not a database of this program; nothing was changed</translation>
    </message>
    <message>
        <source>%1 由更新版本的程序创建（数据库版本 %2，本程序支持到 %3），未作任何改动</source>
        <translation>%1 was made by a newer version (database version %2, this program knows up to %3); nothing was changed</translation>
    </message>
    <message>
        <source>%1 是只读的，又是旧版本程序的数据库，需要升级才能使用：请把它复制到可以写入的位置再打开</source>
        <translation>%1 is read-only and from an older version, which needs upgrading before use: copy it somewhere writable and open it there</translation>
    </message>
    <message>
        <source>缺少数据库迁移脚本 %1</source>
        <translation>Database migration script %1 is missing</translation>
    </message>
    <message>
        <source>数据库 %1 无法升级到版本 %2</source>
        <translation>Database %1 cannot be upgraded to version %2</translation>
    </message>
</context>
<context>
    <name>SqliteReportStore</name>
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
        <translation>Qt's SQLite driver is missing (Debian package libqt6sql6-sqlite)</translation>
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
        <source>无法创建备份文件夹 %1</source>
        <translation>Cannot create the backup folder %1</translation>
    </message>
    <message>
        <source>无法写入备份 %1（%2）</source>
        <translation>Cannot write the backup %1 (%2)</translation>
    </message>
    <message>
        <source>无法备份数据库 %1（%2）</source>
        <translation>Cannot back up the database %1 (%2)</translation>
    </message>
    <message>
        <source>无法创建数据库 %1</source>
        <translation>Cannot create the database %1</translation>
    </message>
    <message>
        <source>临时数据库没有备份</source>
        <translation>A scratch database has no backups</translation>
    </message>
    <message>
        <source>%1 已经存在，未作任何改动</source>
        <translation>%1 exists already; nothing was changed</translation>
    </message>
    <message>
        <source>%1 不存在</source>
        <translation>%1 does not exist</translation>
    </message>
    <message>
        <source>不能用数据库自身恢复</source>
        <translation>A database cannot be restored from itself</translation>
    </message>
    <message>
        <source>无法打开 %1</source>
        <translation>Cannot open %1</translation>
    </message>
    <message>
        <source>无法从 %1 恢复</source>
        <translation>Cannot restore from %1</translation>
    </message>
    <message>
        <source>无法从 %1 恢复，数据库保持原样</source>
        <translation>Cannot restore from %1; the database is unchanged</translation>
    </message>
    <message>
        <source>数据库 %1 正被另一个程序锁定（等了 %2 秒仍未释放），未作任何改动：请关闭正在写入它的程序后再试</source>
        <translation>The database %1 is locked by another program (still after waiting %2 seconds); nothing was changed: close the program that is writing it and try again</translation>
    </message>
    <message>
        <source>磁盘已满，%1 没有写入这次修改（数据库保持修改之前的样子）：请腾出磁盘空间后再试</source>
        <translation>The disk is full: this change was not written to %1 (the database is as it was before the change). Free some disk space and try again</translation>
    </message>
    <message>
        <source>数据库 %1 已损坏（%2）：请用“文件 ▸ 从备份恢复”或 disclosure-report restore 恢复最新的备份</source>
        <translation>The database %1 is damaged (%2): restore the newest backup with File ▸ Restore from Backup or disclosure-report restore</translation>
    </message>
    <message>
        <source>数据库 %1 已损坏（SQLite 完整性检查：%2），未作任何改动：请从备份恢复</source>
        <translation>The database %1 is damaged (SQLite integrity check: %2); nothing was changed. Restore it from a backup</translation>
    </message>
    <message>
        <source>无法把备份 %1 复制到 %2 旁边</source>
        <translation>Cannot copy the backup %1 next to %2</translation>
    </message>
    <message>
        <source>无法把 %1 改名保留，未作任何改动</source>
        <translation>Cannot rename %1 to keep it; nothing was changed</translation>
    </message>
    <message>
        <source>无法用备份替换 %1，原文件保持原样</source>
        <translation>Cannot replace %1 with the backup; the file stays as it was</translation>
    </message>
    <message>
        <source>无法写入备份 %1</source>
        <translation>Cannot write the backup %1</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>政府信息公开工作年度报告</source>
        <translation>Government Information Disclosure Annual Report</translation>
    </message>
    <message>
        <source>新建 %1 年度报告(&amp;N)</source>
        <translation>&amp;New report for %1</translation>
    </message>
    <message>
        <source>只需填写机关名称和年度；采用现行表式（国办公开办函〔2021〕30号）。</source>
        <translation>Only the agency and the year to enter; the current official form (国办公开办函〔2021〕30号).</translation>
    </message>
    <message>
        <source>导入去年发布的报告：从文件(&amp;I)</source>
        <translation>&amp;Import last year's published report from a file</translation>
    </message>
    <message>
        <source>网站上保存的报告全文（TXT）或本程序导出的报告 JSON；导入后与原文逐项核对。</source>
        <translation>The report's text saved from the website (TXT), or report JSON from this program; compared with its source after the import.</translation>
    </message>
    <message>
        <source>导入去年发布的报告：从剪贴板(&amp;B)</source>
        <translation>Import last year's published report from the clip&amp;board</translation>
    </message>
    <message>
        <source>在浏览器中选中报告全文并复制，再点这里。</source>
        <translation>Select the report's whole text in the browser, copy it, then click here.</translation>
    </message>
    <message>
        <source>打开示例报告(&amp;X)</source>
        <translation>Open the e&amp;xample report</translation>
    </message>
    <message>
        <source>昌吉州科学技术局 2021 年度报告，只读：看看填好的表格、检查结果和版面是什么样子。</source>
        <translation>The 2021 report of 昌吉州科学技术局, read-only: see what filled tables, findings and pages look like.</translation>
    </message>
    <message>
        <source>请在左侧列表中选择一份报告，或者：</source>
        <translation>Choose a report in the list on the left, or:</translation>
    </message>
    <message>
        <source>数据库中还没有报告。从这里开始：</source>
        <translation>The database has no report yet. Start here:</translation>
    </message>
    <message>
        <source>数据保存在 %1（&lt;a href=&quot;folder&quot;&gt;打开所在文件夹&lt;/a&gt;）</source>
        <translation>The data is kept in %1 (&lt;a href=&quot;folder&quot;&gt;open its folder&lt;/a&gt;)</translation>
    </message>
    <message>
        <source>数据库文件是只读的，不能加入报告</source>
        <translation>The database file is read-only: no report can be added</translation>
    </message>
    <message>
        <source>数据保存在数据库服务器 %1</source>
        <translation>The data are kept on the database server %1</translation>
    </message>
</context>
<context>
    <name>TableRows</name>
    <message>
        <source>%1：读不出“%2”，留空</source>
        <translation>%1: cannot read “%2”, left blank</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>TextImporter</name>
    <message>
        <source>找不到报告的标题（机关和年度）：请用 --agency 和 --year 给出</source>
        <translation>The report's title (agency and year) was not found: give them with --agency and --year</translation>
    </message>
    <message>
        <source>%1：保留了数字后的注释“%2”</source>
        <translation>%1: kept the note after the number, “%2”</translation>
    </message>
    <message>
        <source>%1：一行也没有读出来（这一段文本的排列方式分不清数字属于哪一格），整张表留空，请对照原文填写</source>
        <translation>%1: not one row could be read (this arrangement of the text does not tell which cell a number belongs to); the whole table is left blank, fill it in from the original</translation>
    </message>
    <message>
        <source>三张表格一行也没有读出来。这份文本的排列方式（如一格一行、连在一起的数字）本版还不能导入</source>
        <translation>Not one row of the three tables could be read. This arrangement of the text (one cell per line, numbers run together) cannot be imported yet</translation>
    </message>
    <message>
        <source>不是文本文件（既不是 UTF-8、UTF-16，也不是 GBK/GB18030 编码的文字）</source>
        <translation>Not a text file (neither UTF-8, UTF-16 nor GBK/GB18030 text)</translation>
    </message>
    <message>
        <source>%1：文本没有说明用的是哪一年的表式，按现行（2021 年）表式读取，请核对</source>
        <translation>%1: the text does not tell which year's form it uses; read in the current (2021) form, please check</translation>
    </message>
    <message>
        <source>这一行在原文的“%1”之下</source>
        <translation>this row stands under “%1” in the text</translation>
    </message>
    <message>
        <source>%1：原文中没有找到 %2 行（%3），其单元格留空</source>
        <translation>%1: %2 rows not found in the text (%3); their cells are left blank</translation>
    </message>
    <message>
        <source>整张表没有读出来，请对照原文填写</source>
        <translation>the whole table could not be read; fill it in from the source</translation>
    </message>
    <message>
        <source>原文中没有找到这一行，请对照原文填写</source>
        <translation>this row was not found in the text; fill it in from the source</translation>
    </message>
    <message>
        <source>文件太大（超过 %1 MB）：一份年报的全文通常只有几百 KB</source>
        <translation>The file is too large (over %1 MB): a whole annual report is usually a few hundred KB</translation>
    </message>
    <message>
        <source>文本是空的</source>
        <translation>The text is empty</translation>
    </message>
    <message>
        <source>文本太长（%1 万字）：一份年报的全文通常不到 10 万字，请只粘贴报告本身</source>
        <translation>The text is too long (%1 × 10 000 characters): a whole annual report is usually under 100 000 characters; paste the report only</translation>
    </message>
</context>
<context>
    <name>ToolWindows</name>
    <message>
        <source>数据库中还没有报告</source>
        <translation>The database has no report yet</translation>
    </message>
</context>
<context>
    <name>TrueTypeSubsetter</name>
    <message>
        <source>不是 TrueType 字体（缺少 glyf、loca、head、hhea、hmtx 或 maxp 表）</source>
        <translation>not a TrueType font (a glyf, loca, head, hhea, hmtx or maxp table is missing)</translation>
    </message>
    <message>
        <source>hmtx 表不完整</source>
        <translation>the hmtx table is incomplete</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>verify 文件.pdf [--db 路径]</source>
        <translation>verify FILE.pdf [--db PATH]</translation>
    </message>
    <message>
        <source>这个 PDF 是不是数据库中已签发的报告（退出状态 0：是；1：不是，并说明原因）</source>
        <translation>Is this PDF the signed report in the database (exit 0: yes; 1: no, and why)</translation>
    </message>
    <message>
        <source>verify 需要一个 PDF 文件</source>
        <translation>verify needs one PDF file</translation>
    </message>
    <message>
        <source>无法读取 %1（%2）</source>
        <translation>Cannot read %1 (%2)</translation>
    </message>
    <message>
        <source>%1 大于 1 GB，不是本程序导出的报告</source>
        <translation>%1 is larger than 1 GB: not a report this program exported</translation>
    </message>
    <message>
        <source>%1 没有签发指纹：是草稿，或不是本程序导出的 PDF</source>
        <translation>%1 carries no signature fingerprint: it is a draft, or not a PDF this program exported</translation>
    </message>
    <message>
        <source>签发人 %1，%2</source>
        <translation>signed by %1, %2</translation>
    </message>
    <message>
        <source>%1 是 %2 %3 年的报告签发时的内容（%4），但数据库中的这份报告在签发后被改动过：两者已不一致</source>
        <translation>%1 is the report of %2 for %3 as signed (%4), but the report in the database was changed after signing: they no longer agree</translation>
    </message>
    <message>
        <source>%1 是 %2 %3 年已签发的报告（%4），与数据库中的内容一致</source>
        <translation>%1 is the signed report of %2 for %3 (%4) and agrees with the database</translation>
    </message>
    <message>
        <source>%1 是 %2 %3 年的报告 %4 由 %5 签发的版本，这次签发已经撤回，不是现在的报告</source>
        <translation>%1 is the version of the report of %2 for %3 signed on %4 by %5; that signature was withdrawn, so it is not the current report</translation>
    </message>
    <message>
        <source>数据库 %1 中没有与 %2 对应的已签发报告（签发指纹 %3…）</source>
        <translation>The database %1 has no signed report matching %2 (fingerprint %3…)</translation>
    </message>
</context>
<context>
    <name>WebPage</name>
    <message>
        <source>%1 不是网页地址（应以 http:// 或 https:// 开头）</source>
        <translation>%1 is not a web address (it should begin with http:// or https://)</translation>
    </message>
    <message>
        <source>%1：页面超过 %2 MB，不像一份年报</source>
        <translation>%1: the page is larger than %2 MB, not like an annual report</translation>
    </message>
    <message>
        <source>%1：服务器回答 404，页面不存在（地址是否抄错，或页面已撤下？）</source>
        <translation>%1: the server answered 404, no such page (is the address mistyped, or was the page taken down?)</translation>
    </message>
    <message>
        <source>%1：服务器回答 %2 %3</source>
        <translation>%1: the server answered %2 %3</translation>
    </message>
    <message>
        <source>%1：服务器拒绝连接</source>
        <translation>%1: the server refused the connection</translation>
    </message>
    <message>
        <source>%1：找不到服务器 %2（网络是否连通，地址是否正确？）</source>
        <translation>%1: server %2 not found (is the network up, the address right?)</translation>
    </message>
    <message>
        <source>%1：%2 秒内没有回应</source>
        <translation>%1: no answer within %2 s</translation>
    </message>
    <message>
        <source>%1：转向过多，或从 https 转向了 http：未读取</source>
        <translation>%1: too many redirects, or a redirect from https to http: not read</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 是 PDF 文件，不是网页：请下载后用 PDF 阅读器复制全文，再从剪贴板导入</source>
        <translation>%1 is a PDF file, not a web page: download it, copy its text in a PDF reader, and import from the clipboard</translation>
    </message>
    <message>
        <source>%1 不是网页（服务器说它是 %2）</source>
        <translation>%1 is not a web page (the server says it is %2)</translation>
    </message>
</context>
<context>
    <name>WindowArguments</name>
    <message>
        <source>%1 不存在</source>
        <translation>%1 does not exist</translation>
    </message>
    <message>
        <source>%1 是文件夹，不是报告或数据库</source>
        <translation>%1 is a folder, not a report or a database</translation>
    </message>
    <message>
        <source>一个窗口只打开一个数据库：%1 未打开</source>
        <translation>A window opens one database: %1 was not opened</translation>
    </message>
</context>
<context>
    <name>WindowHost</name>
    <message>
        <source>政府信息公开年报</source>
        <translation>Disclosure Report</translation>
    </message>
    <message>
        <source>上次使用的数据库 %1 已不存在，现在打开默认数据库。</source>
        <translation>The database used last time, %1, is gone; the default database is open now.</translation>
    </message>
    <message>
        <source>上次使用的数据库无法打开，现在打开默认数据库：
%1</source>
        <translation>The database used last time cannot be opened; the default database is open now:
%1</translation>
    </message>
    <message>
        <source>%1 不存在</source>
        <translation>%1 does not exist</translation>
    </message>
    <message>
        <source>连接数据库服务器</source>
        <translation>Connect to a database server</translation>
    </message>
    <message>
        <source>%1 的口令：</source>
        <translation>Password for %1:</translation>
    </message>
    <message>
        <source>这个数据库有一份 %1 的备份：
%2
要把无法使用的文件改名保留（内容不作任何改动），用这份备份代替它打开吗？备份之后的修改不在备份里。</source>
        <translation>This database has a backup from %1:
%2
Rename the unusable file to keep it (its content unchanged) and open this backup in its place? Changes made after the backup are not in it.</translation>
    </message>
    <message>
        <source>用备份代替(&amp;B)</source>
        <translation>Use the &amp;Backup</translation>
    </message>
    <message>
        <source>不打开(&amp;N)</source>
        <translation>&amp;Do Not Open</translation>
    </message>
    <message>
        <source>已用备份 %1 代替无法使用的数据库；原文件改名保留为 %2</source>
        <translation>The unusable database was replaced by the backup %1; the original file is kept as %2</translation>
    </message>
    <message>
        <source>新建数据库</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>打开数据库</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>无法打开数据库 %1：%2
现在打开上次使用的数据库。</source>
        <translation>Cannot open the database %1: %2
Opening the database last used.</translation>
    </message>
    <message>
        <source>未打开</source>
        <translation>not opened</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>导入报告 JSON(&amp;I)…</source>
        <translation>&amp;Import report JSON…</translation>
    </message>
    <message>
        <source>从剪贴板导入报告全文(&amp;B)</source>
        <translation>Import report text from the clip&amp;board</translation>
    </message>
    <message>
        <source>机关与账号(&amp;M)…</source>
        <translation>Agencies and Accounts (&amp;M)…</translation>
    </message>
    <message>
        <source>导出报告 JSON(&amp;J)…</source>
        <translation>Export report &amp;JSON…</translation>
    </message>
    <message>
        <source>导出 PDF(&amp;P)…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>导出 PDF/A-1b(&amp;A)…</source>
        <translation>Export PDF/&amp;A-1b…</translation>
    </message>
    <message>
        <source>导出 Word 文档 (DOCX)(&amp;W)…</source>
        <translation>Export &amp;Word document (DOCX)…</translation>
    </message>
    <message>
        <source>导出 ODT 文档(&amp;O)…</source>
        <translation>Export &amp;ODT document…</translation>
    </message>
    <message>
        <source>导出网页 (HTML)(&amp;H)…</source>
        <translation>Export web page (&amp;HTML)…</translation>
    </message>
    <message>
        <source>导出网页并附历年数据图(&amp;G)…</source>
        <translation>Export web page with fi&amp;gures over the years…</translation>
    </message>
    <message>
        <source>打印(&amp;R)…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>批量导出(&amp;X)…</source>
        <translation>E&amp;xport Many…</translation>
    </message>
    <message>
        <source>把列表中选定的、某一年的或全部报告各导出为一个文件</source>
        <translation>Export the reports selected in the list, one year's, or all, a file each</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>复制单元格(&amp;C)</source>
        <translation>&amp;Copy cells</translation>
    </message>
    <message>
        <source>粘贴单元格(&amp;P)</source>
        <translation>&amp;Paste cells</translation>
    </message>
    <message>
        <source>应用所选问题的修正(&amp;F)</source>
        <translation>Apply the selected finding's &amp;fix</translation>
    </message>
    <message>
        <source>设置(&amp;S)…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>报告(&amp;R)</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <source>批量检查(&amp;K)…</source>
        <translation>Chec&amp;k Many…</translation>
    </message>
    <message>
        <source>检查列表中选定的、某一年的或全部报告，列出每份的错误和警告</source>
        <translation>Check the reports selected in the list, one year's, or all, listing each one's errors and warnings</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>同比(&amp;Y)…</source>
        <translation>&amp;Year on Year…</translation>
    </message>
    <message>
        <source>汇总(&amp;H)…</source>
        <translation>Roll-up of the region (&amp;H)…</translation>
    </message>
    <message>
        <source>下一个标签页(&amp;N)</source>
        <translation>&amp;Next tab</translation>
    </message>
    <message>
        <source>上一个标签页(&amp;P)</source>
        <translation>&amp;Previous tab</translation>
    </message>
    <message>
        <source>恢复默认布局(&amp;R)</source>
        <translation>&amp;Reset layout</translation>
    </message>
    <message>
        <source>显示预览(&amp;V)</source>
        <translation>Show pre&amp;view</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>使用指南(&amp;G)</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>打开示例报告(&amp;X)</source>
        <translation>Open the e&amp;xample report</translation>
    </message>
    <message>
        <source>关于(&amp;A)…</source>
        <translation>&amp;About…</translation>
    </message>
    <message>
        <source>没有打开的报告：请在左侧列表中选择一份报告，或新建、导入一份</source>
        <translation>No report is open: choose one in the list on the left, or create or import one</translation>
    </message>
    <message>
        <source>请先切换到一张表格</source>
        <translation>Switch to a table first</translation>
    </message>
    <message>
        <source>报告已签发，只能查看</source>
        <translation>The report is signed off and read-only</translation>
    </message>
    <message>
        <source>报告%1，只能查看</source>
        <translation>The report is %1 and read-only</translation>
    </message>
    <message>
        <source>请先在检查结果中选择一个问题</source>
        <translation>Choose a finding in the check results first</translation>
    </message>
    <message>
        <source>这一问题没有可自动应用的修正，请核对原始数据</source>
        <translation>This finding has no fix that can be applied automatically: check the source figures</translation>
    </message>
    <message>
        <source>数据库文件是只读的，不能加入报告</source>
        <translation>The database file is read-only: no report can be added</translation>
    </message>
    <message>
        <source>只有办公室的管理员能管理机关与账号</source>
        <translation>Only the office's administrator manages agencies and accounts</translation>
    </message>
    <message>
        <source>单机数据库文件没有账号：账号属于办公室的服务器数据库</source>
        <translation>A desktop database file has no accounts: accounts belong to an office's server database</translation>
    </message>
    <message>
        <source>政府信息公开工作年度报告</source>
        <translation>Government Information Disclosure Annual Report</translation>
    </message>
    <message>
        <source>按《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号的格式编写、检查、打印和导出年度报告。</source>
        <translation>Writes, checks, prints and exports the annual report in the format of the Regulations on Government Information Disclosure and 国办公开办函〔2021〕30号.</translation>
    </message>
    <message>
        <source>当前数据库：%1（结构版本 %2）</source>
        <translation>Current database: %1 (schema version %2)</translation>
    </message>
    <message>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <source>导入报告全文或网页(&amp;T)…</source>
        <translation>Import report &amp;text or web page…</translation>
    </message>
    <message>
        <source>从网址导入(&amp;L)…</source>
        <translation>Import from a web &amp;link…</translation>
    </message>
    <message>
        <source>批量导入(&amp;C)…</source>
        <translation>Import Many or a &amp;Folder…</translation>
    </message>
    <message>
        <source>一次导入多个文件、一个文件夹中的报告或多个网址，每份单独保存，列出每份的结果</source>
        <translation>Import many files, a folder's reports or many addresses at once, each saved on its own, with each one's outcome listed</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>撤回签发</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>撤回 %1 的签发。撤回的原因（将记录在案）(&amp;R)：</source>
        <translation>Withdraw the sign-off of %1. &amp;Reason (kept on record):</translation>
    </message>
    <message>
        <source>撤回签发(&amp;W)</source>
        <translation>&amp;Withdraw sign-off</translation>
    </message>
    <message>
        <source>请写明撤回签发的原因：它将和撤回人、时间一起记录在案。</source>
        <translation>Please give the reason for withdrawing: it is recorded with who withdrew and when.</translation>
    </message>
</context>
<context>
    <name>YearOnYearDialog</name>
    <message>
        <source>同比</source>
        <translation>Year on Year</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>上年</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>本年</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>增减</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>增减率</source>
        <translation>Change %</translation>
    </message>
    <message>
        <source>数据库中没有同一机关上一年的报告，无从比较</source>
        <translation>The database has no report of the same agency for the year before: nothing to compare with</translation>
    </message>
    <message>
        <source>未打开报告</source>
        <translation>No report open</translation>
    </message>
    <message>
        <source>%1：%2 年与 %3 年，变化最大的在前</source>
        <translation>%1: %2 against %3, largest changes first</translation>
    </message>
    <message>
        <source>保存图表(&amp;S)…</source>
        <translation>&amp;Save chart…</translation>
    </message>
    <message>
        <source>%1主要数据历年变化.png</source>
        <translation>%1 figures over the years.png</translation>
    </message>
    <message>
        <source>PNG 图片 (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>保存图表</source>
        <translation>Save Chart</translation>
    </message>
    <message>
        <source>SVG 矢量图 (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>无法写入 %1（%2）</source>
        <translation>Cannot write %1 (%2)</translation>
    </message>
    <message>
        <source>无法写入 %1</source>
        <translation>Cannot write %1</translation>
    </message>
</context>
</TS>
