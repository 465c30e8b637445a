# SPDX-License-Identifier: GPL-2.0-or-later
#
# embed_sql_files(OUTPUT file.cpp FUNCTION name FILES a.sql b.sql ...)
#
# Writes a C++ source defining `std::vector<embedded_sql_t> const &name()` that holds the
# text of each SQL file, so that a program carries the exact SQL it was built with. The
# generated file is rewritten whenever one of the SQL files changes.
function(embed_sql_files)
    cmake_parse_arguments(arg "" "OUTPUT;FUNCTION" "FILES" ${ARGN})
    set(files "")
    foreach(file IN LISTS arg_FILES)
        get_filename_component(file ${file} ABSOLUTE BASE_DIR ${CMAKE_CURRENT_SOURCE_DIR})
        list(APPEND files ${file})
    endforeach()
    set(arg_FILES ${files})
    add_custom_command(
        OUTPUT ${arg_OUTPUT}
        COMMAND ${CMAKE_COMMAND} -DOUTPUT=${arg_OUTPUT} -DFUNCTION=${arg_FUNCTION}
                "-DFILES=${arg_FILES}" -P ${PROJECT_SOURCE_DIR}/cmake/embed-sql-run.cmake
        DEPENDS ${arg_FILES} ${PROJECT_SOURCE_DIR}/cmake/embed-sql-run.cmake
        COMMENT "Embedding SQL for ${arg_FUNCTION}()"
        VERBATIM)
endfunction()
