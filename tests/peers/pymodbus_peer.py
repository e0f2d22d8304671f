#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 PumpStudio contributors
"""An independent Modbus RTU server (python3-pymodbus) holding a model's register map, for
checking pumpctl against a peer that is not our own simulator.

    socat -d -d pty,raw,echo=0,link=/tmp/mb-a pty,raw,echo=0,link=/tmp/mb-b &
    python3 tests/peers/pymodbus_peer.py /tmp/mb-a leadfluid-bt100s
    pumpctl --port /tmp/mb-b --model leadfluid-bt100s speed 55.5   # then: status, start, ...

It prints every register write it receives, so the exact registers and values can be checked.
"""
import json
import logging
import sys
from pathlib import Path

from pymodbus.datastore import ModbusSequentialDataBlock, ModbusServerContext, ModbusSlaveContext
from pymodbus.server import StartSerialServer
from pymodbus.transaction import ModbusRtuFramer


class LoggingBlock(ModbusSequentialDataBlock):
    def __init__(self, name, address, values):
        super().__init__(address, values)
        self.name = name

    def setValues(self, address, values):
        print(f"write {self.name} {address - 1}: {list(values)}", flush=True)
        super().setValues(address, values)


def main():
    port, model_id = sys.argv[1], sys.argv[2]
    model = json.loads((Path(__file__).resolve().parents[2] / "resources" / "models" / f"{model_id}.json").read_text())
    size = 0x4000
    context = ModbusSlaveContext(
        co=LoggingBlock("coil", 0, [0] * size), di=LoggingBlock("discrete", 0, [0] * size),
        hr=LoggingBlock("holding", 0, [0] * size), ir=LoggingBlock("input", 0, [0] * size), zero_mode=False)
    for point in model["modbus"]["registers"]:
        if point["name"] == "identity":
            text = b"LEADFLUIDBT100S     "
            words = [(text[i] << 8) | text[i + 1] for i in range(0, 20, 2)]
            context.store["i"].values[point["address"] + 1: point["address"] + 11] = words
    serial = model["serial"]
    parity = {"none": "N", "even": "E", "odd": "O"}[serial.get("parity", "none")]
    address = model["address"]["default"]
    logging.basicConfig(level=logging.WARNING)
    print(f"serving {model_id} as slave {address} on {port} at {serial['baud']} 8{parity}1", flush=True)
    StartSerialServer(context=ModbusServerContext(slaves={address: context}, single=False), framer=ModbusRtuFramer,
                      port=port, baudrate=serial["baud"], parity=parity, bytesize=8, stopbits=1, timeout=0.05)


if __name__ == "__main__":
    main()
