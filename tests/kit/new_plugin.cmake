# mkba new-plugin (issue 13): the folder it writes builds out of the tree
# with pkg-config against an installed mkba, passes its own test, and runs;
# bad names and existing folders are refused with exit 2 and nothing
# written.  The out-of-tree build uses this build's C compiler, the one the
# installed mock host library was compiled with (and, under MKBA_SANITIZE,
# whose sanitizer runtimes mkba-mock.pc asks for).
add_test(NAME new_plugin
  COMMAND sh "${CMAKE_CURRENT_SOURCE_DIR}/kit/new_plugin.sh" "${CMAKE_BINARY_DIR}"
          "${CMAKE_C_COMPILER}" "${MKBA_SYSTEM_PYTHON}")
set_tests_properties(new_plugin PROPERTIES TIMEOUT 600
  ENVIRONMENT "LSAN_OPTIONS=suppressions=${CMAKE_SOURCE_DIR}/reports/tests/lsan.supp")
