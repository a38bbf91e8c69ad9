# SPDX-License-Identifier: GPL-3.0-or-later
# Install-time step for RayDeck.app (macOS), run by `cmake --install` and by
# CPack before it makes the .dmg. Expects the RAYDECK_* variables set by
# RayDeckBundle.cmake.
#
# 1. macdeployqt copies the Qt frameworks and plugins (with QtWebEngineCore's
#    QtWebEngineProcess helper) and the Homebrew libraries (libssh, QtKeychain,
#    yaml-cpp) into the bundle and rewrites the load paths of both executables.
# 2. The bundle is signed again, inside out, because rewriting load paths
#    invalidates signatures (Apple silicon refuses to run unsigned code). With
#    RAYDECK_CODESIGN_IDENTITY set in the environment (a "Developer ID
#    Application: ..." certificate in the keychain) the signature uses the
#    hardened runtime, a secure timestamp and our entitlements, which is what
#    notarization requires; without it the bundle is signed ad hoc, good for
#    running on the machine that built it.

cmake_policy(VERSION 3.25)

set(bundle "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/${RAYDECK_BUNDLE_NAME}")
if(NOT IS_DIRECTORY "${bundle}")
    message(FATAL_ERROR "RayDeck bundle not found at ${bundle}")
endif()

message(STATUS "macdeployqt ${bundle}")
execute_process(
    COMMAND "${RAYDECK_MACDEPLOYQT}" "${bundle}"
            "-executable=${bundle}/Contents/MacOS/${RAYDECK_CLI_NAME}" -verbose=1
    COMMAND_ERROR_IS_FATAL ANY)

set(identity "$ENV{RAYDECK_CODESIGN_IDENTITY}")
if(identity STREQUAL "")
    set(identity "-")
    set(hardening)
    message(STATUS "Signing ad hoc (set RAYDECK_CODESIGN_IDENTITY for a distributable, notarizable build)")
else()
    set(hardening --options runtime --timestamp)
    message(STATUS "Signing as ${identity} with the hardened runtime")
endif()

function(raydeck_sign path)
    execute_process(COMMAND codesign --force --sign "${identity}" ${hardening} ${ARGN} "${path}"
        COMMAND_ERROR_IS_FATAL ANY)
endfunction()

# Everything nested first: frameworks, dylibs, plugins, helper apps.
file(GLOB_RECURSE nested LIST_DIRECTORIES false
    "${bundle}/Contents/Frameworks/*.dylib" "${bundle}/Contents/PlugIns/*.dylib")
foreach(file IN LISTS nested)
    raydeck_sign("${file}")
endforeach()

# Versions/Current is a symlink to the real version directory: sign each once.
file(GLOB helper_paths LIST_DIRECTORIES true
    "${bundle}/Contents/Frameworks/QtWebEngineCore.framework/Versions/*/Helpers/QtWebEngineProcess.app")
set(helpers)
foreach(path IN LISTS helper_paths)
    file(REAL_PATH "${path}" real)
    list(APPEND helpers "${real}")
endforeach()
list(REMOVE_DUPLICATES helpers)
foreach(helper IN LISTS helpers)
    # Qt ships the entitlements its Chromium needs inside the helper; prefer them.
    set(entitlements "${helper}/Contents/Resources/QtWebEngineProcess.entitlements")
    if(NOT EXISTS "${entitlements}")
        set(entitlements "${RAYDECK_HELPER_ENTITLEMENTS}")
    endif()
    raydeck_sign("${helper}" --entitlements "${entitlements}")
endforeach()

# A framework's signature seals its helpers, so frameworks come after them.
file(GLOB frameworks LIST_DIRECTORIES true "${bundle}/Contents/Frameworks/*.framework")
foreach(framework IN LISTS frameworks)
    file(GLOB versions LIST_DIRECTORIES true "${framework}/Versions/*")
    foreach(version IN LISTS versions)
        if(IS_DIRECTORY "${version}" AND NOT IS_SYMLINK "${version}")
            raydeck_sign("${version}")
        endif()
    endforeach()
endforeach()

raydeck_sign("${bundle}/Contents/MacOS/${RAYDECK_CLI_NAME}")
raydeck_sign("${bundle}" --entitlements "${RAYDECK_APP_ENTITLEMENTS}")

execute_process(COMMAND codesign --verify --deep --strict "${bundle}" COMMAND_ERROR_IS_FATAL ANY)
