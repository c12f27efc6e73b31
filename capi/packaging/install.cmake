# What `cmake --install` puts into a prefix: libsamen.so (SOVERSION = ABI major), samen.h,
# samen_ffi.h, the samen CLI, a CMake package (find_package(samen) -> samen::samen), samen.pc,
# and the host examples of docs/hosts/ (PHP class, Python module, C and C++ programs).
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(SAMEN_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/samen)
set(SAMEN_DATA_DIR ${CMAKE_INSTALL_DATADIR}/samen)

install(TARGETS samen EXPORT samenTargets
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/include/samen.h ${SAMEN_FFI_HEADER}
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

if(SAMEN_BUILD_CLI)
  # The CLI finds the library beside it in any prefix, without ldconfig or LD_LIBRARY_PATH.
  file(RELATIVE_PATH SAMEN_BIN_TO_LIB /${CMAKE_INSTALL_BINDIR} /${CMAKE_INSTALL_LIBDIR})
  set_target_properties(samen_cli PROPERTIES INSTALL_RPATH "$ORIGIN/${SAMEN_BIN_TO_LIB}")
  install(TARGETS samen_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

# CMake package: relocatable, so `cmake --install --prefix DIR` works for any DIR.
install(EXPORT samenTargets NAMESPACE samen:: DESTINATION ${SAMEN_CMAKE_DIR})
configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/samenConfig.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/samenConfig.cmake INSTALL_DESTINATION ${SAMEN_CMAKE_DIR}
  PATH_VARS CMAKE_INSTALL_INCLUDEDIR)
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/samenConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMajorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/samenConfig.cmake ${CMAKE_CURRENT_BINARY_DIR}/samenConfigVersion.cmake
  DESTINATION ${SAMEN_CMAKE_DIR})

# pkg-config: the prefix is derived from where samen.pc lies (${pcfiledir}), so the file
# stays right whatever prefix it is installed into.
file(RELATIVE_PATH SAMEN_PC_TO_PREFIX /${CMAKE_INSTALL_LIBDIR}/pkgconfig /)
string(REGEX REPLACE "/$" "" SAMEN_PC_TO_PREFIX "${SAMEN_PC_TO_PREFIX}")
configure_file(${CMAKE_CURRENT_LIST_DIR}/samen.pc.in ${CMAKE_CURRENT_BINARY_DIR}/samen.pc @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/samen.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

# The host wrappers and their examples, as documented in docs/hosts/, and the example catalogue
# the examples run on.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/hosts/php ${PROJECT_SOURCE_DIR}/hosts/python ${PROJECT_SOURCE_DIR}/hosts/c
  ${PROJECT_SOURCE_DIR}/hosts/cpp
  DESTINATION ${SAMEN_DATA_DIR} PATTERN __pycache__ EXCLUDE PATTERN *.pyc EXCLUDE)
install(FILES ${PROJECT_SOURCE_DIR}/examples/catalogus.json DESTINATION ${SAMEN_DATA_DIR}/examples)
