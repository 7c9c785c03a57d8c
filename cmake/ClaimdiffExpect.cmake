# claimdiff_add_expect_test: register a CTest test that runs `claimdiff --expect` on two reports.
#
#   include(ClaimdiffExpect)
#   claimdiff_add_expect_test(NAME sony-known-discrepancies
#     A samples/sony-cnet.txt B samples/sony-vice.txt EXPECT samples/sony.expect
#     [STRICT] [COMMAND /path/to/claimdiff])
#
# The test passes when every expectation holds (exit 0) and fails otherwise, printing the ledger.
# COMMAND defaults to the `claimdiff` target when it exists in the build, else to the claimdiff
# program found on PATH. Relative paths are taken from the current source directory.
function(claimdiff_add_expect_test)
  cmake_parse_arguments(ARG "STRICT" "NAME;A;B;EXPECT;COMMAND" "" ${ARGN})
  foreach(required NAME A B EXPECT)
    if(NOT ARG_${required})
      message(FATAL_ERROR "claimdiff_add_expect_test: ${required} is required")
    endif()
  endforeach()
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
           COMMAND ${command} --expect "${ARG_EXPECT}" ${strict} "${ARG_A}" "${ARG_B}")
  set_tests_properties(${ARG_NAME} PROPERTIES LABELS "expect")
endfunction()
