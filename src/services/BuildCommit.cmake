# Writes BuildCommit.h with the commit the program is built from (run at every build; the header changes, and only
# BuildInfo.cpp recompiles, when the commit does). "unknown" outside a git checkout, e.g. from a source tarball.
execute_process(COMMAND git rev-parse --short=10 HEAD WORKING_DIRECTORY "${SOURCE_DIR}"
                OUTPUT_VARIABLE commit OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE failed)
if(failed OR commit STREQUAL "")
    set(commit "unknown")
else()
    # Tracked files changed since that commit: the build is not exactly it.
    execute_process(COMMAND git diff --quiet HEAD -- WORKING_DIRECTORY "${SOURCE_DIR}" RESULT_VARIABLE dirty ERROR_QUIET)
    if(dirty)
        string(APPEND commit "-modified")
    endif()
endif()
file(WRITE "${OUTPUT}.new" "#pragma once\n#define DR_COMMIT \"${commit}\"\n")
file(COPY_FILE "${OUTPUT}.new" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.new")
