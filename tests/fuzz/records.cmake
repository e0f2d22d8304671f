# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 PumpStudio contributors
#
# A run record opened from bytes: raw SQLite files, and a sound record with edits applied (see
# fuzz_record.cpp). Each execution writes a scratch file (in /dev/shm where there is one).
pumpstudio_add_fuzzer(fuzz_record SOURCES fuzz_record.cpp LIBRARIES pumpstudio_records CORPUS corpus/record)
