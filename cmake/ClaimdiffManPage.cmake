# claimdiff(1) from docs/claimdiff.1.scd with scdoc, gzipped as Debian installs man pages.
# Needed by the tests and the package; a build of the tool alone goes without it.
find_program(SCDOC_PROGRAM scdoc)
if(SCDOC_PROGRAM)
  set(CLAIMDIFF_MAN_PAGE ${PROJECT_BINARY_DIR}/claimdiff.1.gz)
  add_custom_command(OUTPUT ${CLAIMDIFF_MAN_PAGE}
    COMMAND ${SCDOC_PROGRAM} < ${PROJECT_SOURCE_DIR}/docs/claimdiff.1.scd > ${PROJECT_BINARY_DIR}/claimdiff.1
    COMMAND gzip -9nf ${PROJECT_BINARY_DIR}/claimdiff.1
    DEPENDS ${PROJECT_SOURCE_DIR}/docs/claimdiff.1.scd
    COMMENT "claimdiff(1) with scdoc" VERBATIM)
  add_custom_target(claimdiff_man ALL DEPENDS ${CLAIMDIFF_MAN_PAGE})
elseif(CLAIMDIFF_BUILD_TESTS)
  message(FATAL_ERROR "scdoc not found: the man page and its tests need it (Debian: scdoc)")
else()
  message(STATUS "scdoc not found: no man page (Debian: scdoc)")
endif()
