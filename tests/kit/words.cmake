# The host's strings table and number formatter (text/): tests/test_words.c.
# Both languages of mkba_words (and, with reports/, of the report's
# mkba_strings) complete with the same placeholders; the plain-text numbers
# and the printed summary as they read before issue 15.
add_executable(test_words "${CMAKE_CURRENT_SOURCE_DIR}/test_words.c")
target_link_libraries(test_words PRIVATE mkba_core mkba_text PkgConfig::CHECK m)
if(TARGET mkba_reports)
  target_link_libraries(test_words PRIVATE mkba_reports)
  target_compile_definitions(test_words PRIVATE MKBA_HAVE_REPORTS=1)
endif()
add_test(NAME words COMMAND test_words)
set_tests_properties(words PROPERTIES ENVIRONMENT "CK_DEFAULT_TIMEOUT=60")

