# mkba check-plugin (issue 13): every shipped plugin passes (exit 0); a test
# plugin with one defect each fails exactly its property (exit 1), read from
# the --json document; a file that is not a plugin is bad usage (exit 2).
# The test plugins are kit/check_plugin/cp_plugin.c built with one -D each,
# into build/tests/check_plugin/NAME.so; kit/check_plugin/run_check.py runs
# mkba and checks the verdicts.  A crashing plugin crashes in the supervised
# child, also under MKBA_SANITIZE.
set(MKBA_CP_DIR "${CMAKE_CURRENT_BINARY_DIR}/check_plugin")
set(MKBA_CP_RUN "${CMAKE_CURRENT_SOURCE_DIR}/kit/check_plugin/run_check.py")
add_custom_target(check_plugin_fixtures ALL)

# cp_plugin(NAME DEFINES...): the test plugin NAME.so with -D DEFINES.
function(mkba_cp_plugin name)
  add_library(cp_${name} MODULE "${CMAKE_CURRENT_SOURCE_DIR}/kit/check_plugin/cp_plugin.c")
  target_include_directories(cp_${name} PRIVATE "${CMAKE_SOURCE_DIR}/plugins")
  target_compile_definitions(cp_${name} PRIVATE CP_NAME="${name}" ${ARGN})
  target_link_libraries(cp_${name} PRIVATE m)
  set_target_properties(cp_${name} PROPERTIES OUTPUT_NAME "${name}" PREFIX "" SUFFIX ".so"
    C_VISIBILITY_PRESET hidden LIBRARY_OUTPUT_DIRECTORY "${MKBA_CP_DIR}")
  add_dependencies(check_plugin_fixtures cp_${name})
endfunction()

# mkba_cp_test(TEST ARGS...): run_check.py with ARGS as one ctest test.
function(mkba_cp_test name)
  add_test(NAME check_plugin_${name}
    COMMAND ${MKBA_SYSTEM_PYTHON} "${MKBA_CP_RUN}" "${CMAKE_BINARY_DIR}/mkba" ${ARGN})
  set_tests_properties(check_plugin_${name} PROPERTIES ENVIRONMENT "${MKBA_TEST_ENV}"
    TIMEOUT 300)
endfunction()

# Every shipped plugin passes; markov and cashflow need params from a scenario.
foreach(p ${mkba_all_plugins})
  set(extra)
  if(p STREQUAL "markov")
    set(extra -- --scenario "${CMAKE_SOURCE_DIR}/examples/housing_first.json")
  elseif(p STREQUAL "cashflow")
    set(extra -- --scenario
        "${CMAKE_SOURCE_DIR}/reports/tests/fixtures/scenarios/package-nl.json")
  endif()
  mkba_cp_test(shipped_${p} "${MKBA_BUILD_PLUGIN_DIR}/${p}.so" --exit 0 --fail none
               --pass abi,base,determinism,threads,stdout,negative_costs ${extra})
endforeach()
# Without its params, a configure() plugin fails `base` and is told to pass --scenario.
mkba_cp_test(markov_without_scenario "${MKBA_BUILD_PLUGIN_DIR}/markov.so" --exit 1 --fail base
             --message "base=--scenario" --note determinism,threads,direction)

# The sound test plugin: every property passes, in JSON and in plain text.
mkba_cp_plugin(cp_good)
mkba_cp_test(good "${MKBA_CP_DIR}/cp_good.so" --exit 0 --fail none
             --pass abi,sources,units,base,determinism,threads,stdout,negative_costs,direction,transfers,blocks
             --plain)
# Monte Carlo in blocks (ABI 1.5): compute_block must give compute()'s NPVs.
mkba_cp_plugin(cp_block CP_BLOCK)
mkba_cp_test(block "${MKBA_CP_DIR}/cp_block.so" --exit 0 --fail none --pass blocks
             --message "blocks=256 Monte Carlo draws")
mkba_cp_plugin(cp_bad_block CP_BAD_BLOCK)
mkba_cp_test(bad_block "${MKBA_CP_DIR}/cp_bad_block.so" --exit 1 --fail blocks
             --message "blocks=zorgverzekeraar" --message "blocks=same order")

# One defect each: exactly that property fails, and the message says where.
mkba_cp_plugin(cp_nan CP_NAN)
mkba_cp_test(nan "${MKBA_CP_DIR}/cp_nan.so" --exit 1 --fail base
             --message "base=not a finite number" --message "base=begeleiding")
mkba_cp_plugin(cp_counter CP_COUNTER)
mkba_cp_test(counter "${MKBA_CP_DIR}/cp_counter.so" --exit 1 --fail determinism
             --message "determinism=begeleiding" --note threads,direction)
mkba_cp_plugin(cp_race CP_RACE)
mkba_cp_test(race "${MKBA_CP_DIR}/cp_race.so" --exit 1 --fail threads
             --pass determinism,direction)
mkba_cp_plugin(cp_printf CP_PRINTF)
mkba_cp_test(printf "${MKBA_CP_DIR}/cp_printf.so" --exit 1 --fail stdout
             --message "stdout=computing 20 clients" --plain)
mkba_cp_plugin(cp_negative_cost CP_NEGATIVE_COST)
mkba_cp_test(negative_cost "${MKBA_CP_DIR}/cp_negative_cost.so" --exit 1 --fail negative_costs
             --message "negative_costs=begeleiding" --message "negative_costs=2027"
             --message "negative_costs=mkba_post_resource")
mkba_cp_plugin(cp_wrong_direction CP_WRONG_DIRECTION)
mkba_cp_test(wrong_direction "${MKBA_CP_DIR}/cp_wrong_direction.so" --exit 1 --fail direction
             --message "direction=\"effect\"" --message "direction=MKBA_PARAM_LOWERS_NPV")
mkba_cp_plugin(cp_unbalanced CP_UNBALANCED)
mkba_cp_test(unbalanced "${MKBA_CP_DIR}/cp_unbalanced.so" --exit 1 --fail transfers
             --message "transfers=uitkering" --message "transfers=host->transfer")
mkba_cp_plugin(cp_no_source CP_NO_SOURCE)
mkba_cp_test(no_source "${MKBA_CP_DIR}/cp_no_source.so" --exit 1 --fail sources
             --message "sources=\"cost\"")
mkba_cp_plugin(cp_no_price_year CP_NO_PRICE_YEAR)
mkba_cp_test(no_price_year "${MKBA_CP_DIR}/cp_no_price_year.so" --exit 1 --fail units
             --message "units=\"saving\"" --message "units=price year")
mkba_cp_plugin(cp_crash CP_CRASH)
mkba_cp_test(crash "${MKBA_CP_DIR}/cp_crash.so" --exit 1 --fail base
             --note determinism,threads,direction)
mkba_cp_plugin(cp_exit CP_EXIT)
mkba_cp_test(exit "${MKBA_CP_DIR}/cp_exit.so" --exit 1 --fail base
             --message "base=exit status 3")
mkba_cp_plugin(cp_loop CP_LOOP)
mkba_cp_test(loop "${MKBA_CP_DIR}/cp_loop.so" --exit 1 --fail base
             --message "base=time limit" -- --timeout 2)
# configure(): refuses {} without --scenario; with it, the params of the
# first intervention that names the plugin (the scenario's second).
mkba_cp_plugin(cp_configure CP_CONFIGURE)
mkba_cp_test(configure_without_scenario "${MKBA_CP_DIR}/cp_configure.so" --exit 1 --fail base
             --message "base=--scenario" --message "base=amount")
mkba_cp_test(configure_scenario "${MKBA_CP_DIR}/cp_configure.so" --exit 0 --fail none
             --pass base -- --scenario "${CMAKE_CURRENT_SOURCE_DIR}/kit/check_plugin/cp_configure.json")
# The loader's own refusal is the abi verdict.
mkba_cp_test(abi "${CMAKE_CURRENT_BINARY_DIR}/fixtures/abi_major.so" --exit 1 --fail abi
             --message "abi=ABI 2.0" --note base,sources)

# Bad usage: exit 2, and nothing on standard output.
mkba_cp_test(missing_file "${MKBA_CP_DIR}/no_such_plugin.so" --exit 2
             --stderr "cannot read the plugin file")
mkba_cp_test(not_elf "${CMAKE_CURRENT_BINARY_DIR}/fixtures/not_elf.so" --exit 2
             --stderr "not a plugin")
mkba_cp_test(no_entry "${CMAKE_CURRENT_BINARY_DIR}/fixtures/no_entry.so" --exit 2
             --stderr "not an mkba plugin")
mkba_cp_test(scenario_without_plugin "${MKBA_CP_DIR}/cp_good.so" --exit 2
             --stderr "no intervention names plugin \"cp_good\""
             -- --scenario "${CMAKE_SOURCE_DIR}/examples/housing_first.json")
