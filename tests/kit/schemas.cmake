# The user's documentation kept honest (included from tests/CMakeLists.txt):
#  - schemas: docs/schema/*.schema.json against the examples, the region files,
#    results documents of mkba run and a national.json of mkba batch, and
#    invalid documents that schema and mkba must both refuse;
#  - sources: docs/sources.md is what scripts/sources writes from this build;
#  - plugin_guide: the worked plugin of docs/plugin-guide.md compiles with
#    -Wall -Wextra -Werror, loads, describes itself and runs the guide's scenario.
# The schema test needs Debian's python3-jsonschema for /usr/bin/python3; without
# it the test fails and names the package (it is not skipped).
add_test(NAME schemas
  COMMAND ${MKBA_SYSTEM_PYTHON} "${CMAKE_CURRENT_SOURCE_DIR}/kit/check_schemas.py"
          "${CMAKE_SOURCE_DIR}" "${CMAKE_BINARY_DIR}/mkba")
set_tests_properties(schemas PROPERTIES ENVIRONMENT "${MKBA_TEST_ENV}" TIMEOUT 600)
add_test(NAME sources
  COMMAND ${MKBA_SYSTEM_PYTHON} "${CMAKE_SOURCE_DIR}/scripts/sources" --check "${CMAKE_BINARY_DIR}")
set_tests_properties(sources PROPERTIES ENVIRONMENT "${MKBA_TEST_ENV}")
set(mkba_guide_flags "")
if(MKBA_SANITIZE OR MKBA_FUZZ) # the mock host library is built with them
  set(mkba_guide_flags "-fsanitize=address,undefined -fno-omit-frame-pointer")
endif()
add_test(NAME plugin_guide
  COMMAND ${MKBA_SYSTEM_PYTHON} "${CMAKE_CURRENT_SOURCE_DIR}/kit/check_guide.py"
          "${CMAKE_SOURCE_DIR}" "${CMAKE_BINARY_DIR}/mkba" "${CMAKE_C_COMPILER}"
          "${mkba_guide_flags}")
set_tests_properties(plugin_guide PROPERTIES ENVIRONMENT "${MKBA_TEST_ENV}")
