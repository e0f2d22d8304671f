# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 PumpStudio contributors
#
# Fuzz targets for the file readers (included by CMakeLists.txt here when PUMPSTUDIO_FUZZ is on;
# README.md here has the commands; the run record's target is in records.cmake). Each asserts
# invariants, not only "no crash"; the seed corpora are small real files, in
# corpus/<target without fuzz_>/ like the decoders'.
pumpstudio_add_fuzzer(fuzz_profile SOURCES fuzz_profile.cpp LIBRARIES pumpstudio_profiles CORPUS corpus/profile)
pumpstudio_add_fuzzer(fuzz_model SOURCES fuzz_model.cpp LIBRARIES pumpstudio_models CORPUS corpus/model)
pumpstudio_add_fuzzer(fuzz_catalog SOURCES fuzz_catalog.cpp LIBRARIES pumpstudio_catalog CORPUS corpus/catalog)
pumpstudio_add_fuzzer(fuzz_pricelist SOURCES fuzz_pricelist.cpp LIBRARIES pumpstudio_catalog CORPUS corpus/pricelist)

# A long run of these (and fuzz_record, records.cmake), as for the decoders in README.md:
#   for t in profile model catalog pricelist record; do mkdir -p /tmp/fuzz/$t
#     build/fuzz/tests/fuzz/fuzz_$t -max_total_time=90 -print_final_stats=1 -timeout=10 \
#         -artifact_prefix=/tmp/fuzz/$t- /tmp/fuzz/$t tests/fuzz/corpus/$t 2>&1 | tail -12; done
# Last long run (2026-12-07, 90 s each, two at a time on the shared 2-core machine, clang 14,
# ASan + UBSan): profile 2,015,804 executions, model 632,042, catalog 494,900, pricelist 156,101
# (after the header-order fix it found), record 5,772 (an SQLite file written per execution);
# no crash, no broken invariant.
