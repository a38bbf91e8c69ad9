# SPDX-License-Identifier: GPL-3.0-or-later
# macOS only: turns the raydeck target into RayDeck.app with our Info.plist and
# icon, puts raydeck-cli inside it, and at install time (so also for CPack's
# DragNDrop .dmg) makes the bundle self-contained with macdeployqt and signs it.
# Included from app/CMakeLists.txt inside if(APPLE).

set(RAYDECK_MACOS_MINIMUM 12.0 CACHE STRING "LSMinimumSystemVersion written into RayDeck.app")

function(raydeck_macos_bundle)
    cmake_parse_arguments(PARSE_ARGV 0 arg "" "APP;CLI" "")
    set(macos_dir ${PROJECT_SOURCE_DIR}/packaging/macos)

    # The .icns is made on the Mac from the committed PNG renderings of the SVG;
    # iconutil wants the file names below (@2x is the Retina variant).
    set(icon_dir ${PROJECT_SOURCE_DIR}/resources/icons)
    set(iconset ${CMAKE_CURRENT_BINARY_DIR}/RayDeck.iconset)
    set(icns ${CMAKE_CURRENT_BINARY_DIR}/RayDeck.icns)
    set(copy_commands)
    set(png_inputs)
    foreach(entry 16:16x16 32:16x16@2x 32:32x32 64:32x32@2x 128:128x128 256:128x128@2x
                  256:256x256 512:256x256@2x 512:512x512)
        string(REPLACE ":" ";" entry "${entry}")
        list(GET entry 0 size)
        list(GET entry 1 name)
        list(APPEND copy_commands COMMAND ${CMAKE_COMMAND} -E copy
            ${icon_dir}/raydeck-${size}.png ${iconset}/icon_${name}.png)
        list(APPEND png_inputs ${icon_dir}/raydeck-${size}.png)
    endforeach()
    list(REMOVE_DUPLICATES png_inputs)
    add_custom_command(OUTPUT ${icns}
        COMMAND ${CMAKE_COMMAND} -E rm -rf ${iconset}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${iconset}
        ${copy_commands}
        COMMAND iconutil --convert icns --output ${icns} ${iconset}
        DEPENDS ${png_inputs}
        COMMENT "Making RayDeck.icns with iconutil"
        VERBATIM)
    target_sources(${arg_APP} PRIVATE ${icns})
    set_source_files_properties(${icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)

    set_target_properties(${arg_APP} PROPERTIES
        OUTPUT_NAME RayDeck
        MACOSX_BUNDLE_INFO_PLIST ${macos_dir}/Info.plist.in
        MACOSX_BUNDLE_ICON_FILE RayDeck.icns)

    install(TARGETS ${arg_APP} BUNDLE DESTINATION .)
    install(TARGETS ${arg_CLI} RUNTIME DESTINATION RayDeck.app/Contents/MacOS)

    # macdeployqt comes with Qt, next to qmake.
    get_target_property(qmake Qt6::qmake IMPORTED_LOCATION)
    get_filename_component(qt_bin_dir "${qmake}" DIRECTORY)
    find_program(RAYDECK_MACDEPLOYQT macdeployqt
        HINTS "${qt_bin_dir}" "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)

    install(CODE "
        set(RAYDECK_BUNDLE_NAME \"RayDeck.app\")
        set(RAYDECK_CLI_NAME \"$<TARGET_FILE_NAME:${arg_CLI}>\")
        set(RAYDECK_MACDEPLOYQT \"${RAYDECK_MACDEPLOYQT}\")
        set(RAYDECK_APP_ENTITLEMENTS \"${macos_dir}/RayDeck.entitlements\")
        set(RAYDECK_HELPER_ENTITLEMENTS \"${macos_dir}/QtWebEngineProcess.entitlements\")")
    install(SCRIPT ${macos_dir}/DeployBundle.cmake)
endfunction()
