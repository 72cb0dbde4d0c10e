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
