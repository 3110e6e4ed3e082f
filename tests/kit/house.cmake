# The shape of calc/ (tests/kit/check_house.py): no cycle between its files,
# and the README's architecture table names every file of calc/ and text/.
add_test(NAME house COMMAND "${MKBA_SYSTEM_PYTHON}" "${CMAKE_CURRENT_SOURCE_DIR}/kit/check_house.py"
                            "${CMAKE_SOURCE_DIR}")
