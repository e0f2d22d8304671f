# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 PumpStudio contributors
# The balance codecs' fuzz targets (MT-SICS, Sartorius SBI), included by CMakeLists.txt here.
pumpstudio_add_fuzzer(fuzz_mtsics SOURCES fuzz_mtsics.cpp LIBRARIES pumpstudio_protocol CORPUS corpus/mtsics)
pumpstudio_add_fuzzer(fuzz_sartoriussbi SOURCES fuzz_sartoriussbi.cpp LIBRARIES pumpstudio_protocol CORPUS corpus/sartoriussbi)
