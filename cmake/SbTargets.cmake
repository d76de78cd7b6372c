# Compile settings every Switchboard target shares: strict warnings and the strict Qt defines
# that keep implicit ASCII/bytearray conversions and Qt keywords out of our code.
function(sb_strict target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Werror -Wno-error=deprecated-declarations)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_USE_QSTRINGBUILDER
        QT_NO_KEYWORDS
        QT_NO_URL_CAST_FROM_STRING)
endfunction()

# One test executable per class or protocol, named after it, run headless with a timeout.
#   sb_add_test(NAME tst_x SOURCES a.cpp LIBS lib... [LABEL unit|integration|interop] [TIMEOUT s])
function(sb_add_test)
    cmake_parse_arguments(T "" "NAME;LABEL;TIMEOUT" "SOURCES;LIBS" ${ARGN})
    if(NOT T_LABEL)
        set(T_LABEL unit)
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    add_executable(${T_NAME} ${T_SOURCES})
    sb_strict(${T_NAME})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS})
    target_include_directories(${T_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
    target_compile_definitions(${T_NAME} PRIVATE SB_TESTDATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set_tests_properties(${T_NAME} PROPERTIES
        LABELS ${T_LABEL}
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;SB_TESTDATA=${PROJECT_SOURCE_DIR}/tests/data")
endfunction()

# Unit tests that are one source each (<name>.cpp) and link the same libraries:
# sb_add_tests(LIBS switchboard_core TESTS tst_base64 tst_iso_time ...).
function(sb_add_tests)
    cmake_parse_arguments(T "" "" "LIBS;TESTS" ${ARGN})
    foreach(name IN LISTS T_TESTS)
        sb_add_test(NAME ${name} SOURCES ${name}.cpp LIBS ${T_LIBS})
    endforeach()
endfunction()

# Registers an interop test a second time as Node 18 on Debian behaves: "localhost" taken as ::1, the IPv6 answer
# first (see tests/support/interop_peer.h).
function(sb_add_interop_ipv6_variant name)
    get_test_property(${name} TIMEOUT timeout)
    add_test(NAME ${name}_ipv6 COMMAND ${name})
    set_tests_properties(${name}_ipv6 PROPERTIES
        LABELS interop
        TIMEOUT ${timeout}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;SB_INTEROP_HOST=::1;NODE_OPTIONS=--dns-result-order=ipv6first")
endfunction()
