# mkba as a tool of its ecosystem: manual pages, shell completion and the
# Debian package (included from tests/CMakeLists.txt). Each check needs a
# tool; a missing optional tool leaves its test out with a message, never a
# test that passes without checking.

# The manual pages render without a warning and cover every command, option
# and environment variable of `mkba --help` / `mkba help COMMAND` and every
# scenario key (groff: groff-base).
find_program(MKBA_GROFF groff)
if(MKBA_GROFF)
  add_test(NAME man_pages
    COMMAND ${MKBA_SYSTEM_PYTHON} "${CMAKE_CURRENT_SOURCE_DIR}/kit/check_man.py"
            "${CMAKE_BINARY_DIR}/mkba" "${CMAKE_SOURCE_DIR}")
  set_tests_properties(man_pages PROPERTIES ENVIRONMENT "${MKBA_TEST_ENV}")
else()
  message(STATUS "groff not found (Debian: groff-base): the man_pages test is left out")
endif()

# The bash completion, driven through COMP_WORDS/COMP_CWORD; it asks
# `mkba list` and `mkba regions`, so the plugins must be built.
find_program(MKBA_BASH bash)
if(MKBA_BASH)
  add_test(NAME completion_bash
    COMMAND "${MKBA_BASH}" "${CMAKE_CURRENT_SOURCE_DIR}/kit/completion_bash.sh"
            "${CMAKE_BINARY_DIR}/mkba" "${CMAKE_SOURCE_DIR}")
  set_tests_properties(completion_bash PROPERTIES ENVIRONMENT "${MKBA_TEST_ENV}")
else()
  message(STATUS "bash not found: the completion_bash test is left out")
endif()

# The zsh completion: zsh -n, and what it hands the completion system.
find_program(MKBA_ZSH zsh)
if(MKBA_ZSH)
  add_test(NAME completion_zsh
    COMMAND sh "${CMAKE_CURRENT_SOURCE_DIR}/kit/completion_zsh.sh"
            "${CMAKE_BINARY_DIR}/mkba" "${CMAKE_SOURCE_DIR}")
  set_tests_properties(completion_zsh PROPERTIES ENVIRONMENT "${MKBA_TEST_ENV}")
else()
  message(STATUS "zsh not found: the completion_zsh test (zsh -n and the offers) is left out")
endif()

# The Debian package: built with `cpack -G DEB` (which needs dpkg-deb, and
# dpkg-shlibdeps from dpkg-dev for the Depends field), its contents and
# fields checked, unpacked and run, installed and removed with dpkg --root.
# cpack first brings every target up to date, as `make install` does.
find_program(MKBA_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(MKBA_DPKG_DEB AND MKBA_DPKG_SHLIBDEPS AND CMAKE_CPACK_COMMAND)
  add_test(NAME package_deb
    COMMAND sh "${CMAKE_CURRENT_SOURCE_DIR}/kit/package.sh" "${CMAKE_BINARY_DIR}"
            "${CMAKE_SOURCE_DIR}" "${CMAKE_CPACK_COMMAND}")
  set_tests_properties(package_deb PROPERTIES ENVIRONMENT "${MKBA_TEST_ENV}"
    TIMEOUT 900 RUN_SERIAL ON)
else()
  message(STATUS "dpkg-deb, dpkg-shlibdeps (dpkg-dev) or cpack not found: the package_deb test is left out")
endif()
