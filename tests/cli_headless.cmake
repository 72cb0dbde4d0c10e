# Runs the real executable with an empty environment (no DISPLAY, no XDG_*, no QT_QPA_PLATFORM) and checks
# exit codes: a sub-command must never need a display or a variable set by the user.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
set(DB ${WORK}/reports.sqlite)

function(expect status)
    execute_process(COMMAND env -i HOME=${WORK} ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc STREQUAL "${status}")
        message(FATAL_ERROR "expected exit ${status}, got ${rc}: ${ARGN}\nstdout: ${out}\nstderr: ${err}")
    endif()
    set(LAST_OUT "${out}" PARENT_SCOPE)
    set(LAST_ERR "${err}" PARENT_SCOPE)
endfunction()

expect(0 ${EXE} import ${SHARED}/fixtures/expected/changji-kejiju-2021.json --db ${DB})
expect(0 ${EXE} list --db ${DB})
string(FIND "${LAST_OUT}" "昌吉州科学技术局\t2021" found)
if(found LESS 0)
    message(FATAL_ERROR "list does not show the imported report: ${LAST_OUT}")
endif()
expect(0 ${EXE} check --agency 昌吉州科学技术局 --year 2021 --db ${DB})
# --db before the sub-command, as in git -C: the same command, not the window (which would need a display here).
expect(0 ${EXE} --db ${DB} list)
string(FIND "${LAST_OUT}" "昌吉州科学技术局\t2021" found)
if(found LESS 0)
    message(FATAL_ERROR "--db before list does not list the database's report: ${LAST_OUT}")
endif()
expect(0 ${EXE} --db=${DB} check --agency 昌吉州科学技术局 --year 2021)
expect(0 ${EXE} export --agency 昌吉州科学技术局 --year 2021 --to ${WORK}/out.json --db ${DB})
expect(2 ${EXE} import ${WORK}/missing.json --db ${DB})
expect(2 ${EXE} set --agency 昌吉州科学技术局 --year 2021 t3.new.natural=-1 --db ${DB})
expect(0 ${EXE} set --agency 昌吉州科学技术局 --year 2021 t3.new.natural=3 --db ${DB})
expect(1 ${EXE} check --agency 昌吉州科学技术局 --year 2021 --db ${DB})

# Without --db: the embedded default database under the user's data directory.
expect(0 ${EXE} import ${SHARED}/fixtures/expected/huaian-2024.json)
if(NOT EXISTS ${WORK}/.local/share/disclosure-report/reports.sqlite)
    message(FATAL_ERROR "the default database was not created under AppDataLocation")
endif()
expect(0 ${EXE} list)

# The language follows the system's unless chosen in 设置: Chinese on a Chinese desktop, English elsewhere.
function(expect_in_stderr text)
    string(FIND "${LAST_ERR}" "${text}" found)
    if(found LESS 0)
        message(FATAL_ERROR "expected “${text}” on stderr, got: ${LAST_ERR}")
    endif()
endfunction()
expect(2 env LANG=zh_CN.UTF-8 ${EXE} frobnicate)
expect_in_stderr("未知的子命令“frobnicate”")
expect(2 env LANG=C.UTF-8 ${EXE} frobnicate)
expect_in_stderr("Unknown command “frobnicate”")

# --version: the program's version, the commit it was built from, Qt's version and the database schema.
expect(0 env LANG=zh_CN.UTF-8 ${EXE} --version)
foreach(line "disclosure-report ${VERSION}" "版本：${VERSION}" "提交：" "Qt：" "数据库结构版本：")
    string(FIND "${LAST_OUT}" "${line}" found)
    if(found LESS 0)
        message(FATAL_ERROR "--version lacks “${line}”: ${LAST_OUT}")
    endif()
endforeach()
if(NOT LAST_OUT MATCHES "提交：([0-9a-f]+(-modified)?|unknown)\n")
    message(FATAL_ERROR "--version names no commit: ${LAST_OUT}")
endif()

# backup and restore: a copy taken, a change made, the copy restored; the state before the restore kept.
expect(0 ${EXE} backup --db ${DB} --to ${WORK}/by-hand.sqlite)
expect(2 ${EXE} backup --db ${DB} --to ${WORK}/by-hand.sqlite)   # never over a file
expect(0 ${EXE} set --agency 昌吉州科学技术局 --year 2021 t3.new.natural=0 --db ${DB})
expect(0 ${EXE} check --agency 昌吉州科学技术局 --year 2021 --db ${DB})
expect(0 ${EXE} restore ${WORK}/by-hand.sqlite --db ${DB})
if(NOT LAST_OUT MATCHES "before-restore")
    message(FATAL_ERROR "restore does not say where the previous content went: ${LAST_OUT}")
endif()
expect(1 ${EXE} check --agency 昌吉州科学技术局 --year 2021 --db ${DB})   # t3.new.natural=3 is back
expect(2 ${EXE} restore ${WORK}/missing.sqlite --db ${DB})
expect(2 ${EXE} restore ${SHARED}/fixtures/expected/huaian-2024.json --db ${DB})
