# `cpack -G DEB` in the build folder (make -f Makefile.dev deb): claimdiff_<version>_<arch>.deb
# with the tool component (program, man page, completions) and claimdiff-dev_... with the library.
set(CPACK_PACKAGE_NAME claimdiff)
set(CPACK_PACKAGE_VENDOR "claimdiff")
set(CPACK_PACKAGE_CONTACT "claimdiff maintainers <claimdiff@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "compare two news reports: what they share, where they conflict")
set(CPACK_PACKAGE_DESCRIPTION "claimdiff compares two written reports of the same event sentence by sentence
and reports what they share, where they conflict (negation, antonyms, numbers, dates,
attribution, modality) and what each says alone, as text, JSON or a self-contained HTML page.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENTS_ALL tool dev)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_TOOL_PACKAGE_NAME claimdiff)
set(CPACK_DEBIAN_TOOL_PACKAGE_SHLIBDEPS ON)  # libicu, libstemmer, libabsl ... from the binary
set(CPACK_DEBIAN_TOOL_PACKAGE_DEPENDS "wordnet-base")
set(CPACK_DEBIAN_DEV_PACKAGE_NAME claimdiff-dev)
set(CPACK_DEBIAN_DEV_PACKAGE_SECTION libdevel)
set(CPACK_DEBIAN_DEV_PACKAGE_DEPENDS
    "libicu-dev, libstemmer-dev, libabsl-dev, wordnet-base")
# The long descriptions, after the summary line.
set(CPACK_COMPONENT_TOOL_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_COMPONENT_DEV_DESCRIPTION "claimdiff as a C++ library (static): libclaimdiff.a, its headers,
claimdiffConfig.cmake with the CTest helper ClaimdiffExpect, and claimdiff.pc.")
include(CPack)
