# Monte Carlo in blocks of draws (compute_block, plugin ABI 1.5) against the
# per-draw path, on every shipped plugin, and threads 1 against 4.
add_test(NAME block_vs_draw
  COMMAND python3 "${CMAKE_CURRENT_SOURCE_DIR}/kit/block_vs_draw.py" "${CMAKE_BINARY_DIR}/mkba"
          "${CMAKE_SOURCE_DIR}")
set_tests_properties(block_vs_draw PROPERTIES ENVIRONMENT "${MKBA_TEST_ENV}" TIMEOUT 600)
