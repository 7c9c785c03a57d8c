# What `cmake --install` puts where (GNUInstallDirs), in two components:
#   tool: the claimdiff program, its man page and its bash/zsh/fish completions
#   dev:  libclaimdiff.a, the headers, claimdiffConfig.cmake (+ version file, targets,
#         ClaimdiffExpect.cmake) and claimdiff.pc
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(CLAIMDIFF_CMAKE_INSTALL_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/claimdiff)

install(TARGETS claimdiff RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT tool)
install(FILES completions/claimdiff.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME claimdiff COMPONENT tool)
install(FILES completions/_claimdiff DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions COMPONENT tool)
install(FILES completions/claimdiff.fish DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d
        COMPONENT tool)
if(TARGET claimdiff_man)
  install(FILES ${CLAIMDIFF_MAN_PAGE} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT tool)
endif()

install(TARGETS claimdiff_lib EXPORT claimdiffTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT dev
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT dev
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY include/claimdiff DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT dev
        FILES_MATCHING PATTERN "*.h")
install(FILES ${PROJECT_BINARY_DIR}/include/claimdiff/version.h
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/claimdiff COMPONENT dev)
install(EXPORT claimdiffTargets NAMESPACE claimdiff:: DESTINATION ${CLAIMDIFF_CMAKE_INSTALL_DIR} COMPONENT dev)
configure_package_config_file(cmake/claimdiffConfig.cmake.in ${PROJECT_BINARY_DIR}/claimdiffConfig.cmake
                              INSTALL_DESTINATION ${CLAIMDIFF_CMAKE_INSTALL_DIR})
# 0.x: a minor version may break the API, so only the same minor version is compatible.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/claimdiffConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/claimdiffConfig.cmake ${PROJECT_BINARY_DIR}/claimdiffConfigVersion.cmake
              cmake/ClaimdiffExpect.cmake
        DESTINATION ${CLAIMDIFF_CMAKE_INSTALL_DIR} COMPONENT dev)

# pkg-config: relocatable (prefix found from the .pc file's own folder), so that an install
# into any prefix works as it is.
file(RELATIVE_PATH CLAIMDIFF_PC_PREFIX_FROM_PCDIR
     /prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig /prefix)
string(REGEX REPLACE "/$" "" CLAIMDIFF_PC_PREFIX_FROM_PCDIR "${CLAIMDIFF_PC_PREFIX_FROM_PCDIR}")
set(CLAIMDIFF_PC_EXTRA_LIBS "")
if(CLAIMDIFF_SANITIZE)
  set(CLAIMDIFF_PC_EXTRA_LIBS "-fsanitize=address,undefined")
elseif(CLAIMDIFF_TSAN)
  set(CLAIMDIFF_PC_EXTRA_LIBS "-fsanitize=thread")
endif()
configure_file(cmake/claimdiff.pc.in ${PROJECT_BINARY_DIR}/claimdiff.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/claimdiff.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig COMPONENT dev)
