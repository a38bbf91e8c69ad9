# SPDX-License-Identifier: GPL-3.0-or-later
# Warnings, strict Qt defines and hardening shared by every RayDeck target.
# Targets opt in with raydeck_apply_settings(<target>) so nothing leaks into
# third-party code through directory-wide flags.

add_library(raydeck_settings INTERFACE)
target_compile_definitions(raydeck_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_KEYWORDS
    QT_NO_FOREACH
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    RAYDECK_VERSION="${PROJECT_VERSION}"
    $<$<NOT:$<CONFIG:Debug>>:QT_NO_DEBUG_OUTPUT>)

target_compile_options(raydeck_settings INTERFACE
    -Wall -Wextra -Wpedantic
    -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
    $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local> -Wcast-qual -Wformat=2
    -fstack-protector-strong
    $<$<BOOL:${RAYDECK_WERROR}>:-Werror>)

if(NOT RAYDECK_SANITIZE AND NOT RAYDECK_FUZZ)
    target_compile_definitions(raydeck_settings INTERFACE $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
endif()
target_link_options(raydeck_settings INTERFACE -Wl,-z,relro -Wl,-z,now)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

if(RAYDECK_SANITIZE)
    target_compile_options(raydeck_settings INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(raydeck_settings INTERFACE -fsanitize=address,undefined)
endif()

# libFuzzer builds (clang only): everything is instrumented for coverage and
# checked by ASan and UBSan; only the fuzz targets link libFuzzer's main().
if(RAYDECK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "RAYDECK_FUZZ needs clang (libFuzzer); use the fuzz preset")
    endif()
    target_compile_options(raydeck_settings INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(raydeck_settings INTERFACE -fsanitize=address,undefined)
endif()

function(raydeck_apply_settings target)
    target_link_libraries(${target} PRIVATE raydeck_settings)
endfunction()

