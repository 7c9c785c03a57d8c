# claimdiff_add_expect_test: register a CTest test that runs `claimdiff --expect` on two reports.
#
#   include(ClaimdiffExpect)
#   claimdiff_add_expect_test(NAME sony-known-discrepancies
#     A samples/sony-cnet.txt B samples/sony-vice.txt EXPECT samples/sony.expect
#     [STRICT] [COMMAND /path/to/claimdiff] [ARGS --min-similarity 0.2 ...])
#
# The test passes when every expectation holds (exit 0) and fails otherwise, printing the ledger
# (exit 1: an expectation failed, went stale or, with STRICT, a conflict is not listed; exit 2:
# the expectations file is malformed or an input is unreadable). ARGS are passed to claimdiff
# before the inputs, for options that change the findings. COMMAND defaults to the `claimdiff`
# target when it exists in the build, else to the claimdiff program found on PATH. Relative
# paths are taken from the current source directory. The test carries the label "expect".
function(claimdiff_add_expect_test)
  cmake_parse_arguments(ARG "STRICT" "NAME;A;B;EXPECT;COMMAND" "ARGS" ${ARGN})
  foreach(required NAME A B EXPECT)
    if(NOT ARG_${required})
      message(FATAL_ERROR "claimdiff_add_expect_test: ${required} is required")
    endif()
  endforeach()
  if(ARG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "claimdiff_add_expect_test: unexpected arguments: ${ARG_UNPARSED_ARGUMENTS}")
  endif()
  if(ARG_COMMAND)
    set(command "${ARG_COMMAND}")
  elseif(TARGET claimdiff)
    set(command "$<TARGET_FILE:claimdiff>")
  else()
    find_program(CLAIMDIFF_PROGRAM claimdiff REQUIRED)
    set(command "${CLAIMDIFF_PROGRAM}")
  endif()
  set(strict "")
  if(ARG_STRICT)
    set(strict "--strict")
  endif()
  foreach(file A B EXPECT)
    get_filename_component(ARG_${file} "${ARG_${file}}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
  endforeach()
  add_test(NAME ${ARG_NAME}
           COMMAND ${command} --quiet --expect "${ARG_EXPECT}" ${strict} ${ARG_ARGS} "${ARG_A}" "${ARG_B}")
  set_tests_properties(${ARG_NAME} PROPERTIES LABELS "expect")
endfunction()
