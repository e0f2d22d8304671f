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
