// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "device/longerdriver.h"

#include "device/streamadapters.h"

namespace Longer = PumpStudio::Protocol::Longer;

namespace PumpStudio::Device {

LongerDriver::LongerDriver(const Models::PumpModel &model, SerialBus &bus, int address, QObject *parent)
    : StreamPumpDriver(model, bus, address, parent)
{
}

double LongerDriver::rpmPerCount() const
{
    return model().rpmResolution > 0 ? model().rpmResolution : 1.0;
}

void LongerDriver::readState(Callback<Longer::State> done)
{
    const int addr = address();
    transact(Longer::readState(addr), {}, 14, tr("the state query"),
             [done = std::move(done)](Result<Frame> frame) {
                 if (!frame) {
                     done(frame.error());
                     return;
                 }
                 const auto state = Longer::parseState(frame->payload.value<Longer::Frame>().pdu);
                 if (!state) {
                     done(makeError(Error::Code::Protocol, tr("The pump's state reply could not be read.")));
                     return;
                 }
                 done(*state);
             },
             [addr](const Frame &f) {
                 const QByteArray pdu = f.payload.value<Longer::Frame>().pdu;
                 return f.address == addr && pdu.size() == 6 && pdu.startsWith("RJ");
             });
}

void LongerDriver::writeState(Longer::State state, Callback<Longer::State> done)
{
    const int addr = address();
    transact(Longer::writeState(addr, state), {}, 14, tr("the motor settings"),
             [state, done = std::move(done)](Result<Frame> frame) {
                 if (!frame) {
                     done(frame.error());
                     return;
                 }
                 // A broadcast gets no echo; otherwise the echo is what the pump took. (An
                 // echoing port would send the request back as this very frame: the RJ that
                 // precedes every write finds such a port out, as its echo is no RJ reply.)
                 const auto echoed = Longer::parseState(frame->payload.value<Longer::Frame>().pdu);
                 done(echoed.value_or(state));
             },
             [addr](const Frame &f) {
                 const QByteArray pdu = f.payload.value<Longer::Frame>().pdu;
                 return f.address == addr && pdu.size() == 6 && pdu.startsWith("WJ");
             },
             true);
}

void LongerDriver::modify(std::function<void(Longer::State &)> change, Callback<Longer::State> done)
{
    m_modifies.push_back({std::move(change), std::move(done)});
    if (!m_modifying)
        runNextModify();
}

void LongerDriver::runNextModify()
{
    if (m_modifies.empty()) {
        m_modifying = false;
        return;
    }
    m_modifying = true;
    PendingModify next = std::move(m_modifies.front());
    m_modifies.pop_front();
    auto finish = [this, done = std::move(next.done)](Result<Longer::State> result) {
        done(std::move(result));
        runNextModify();
    };
    readState([this, change = std::move(next.change), finish = std::move(finish)](Result<Longer::State> state) mutable {
        if (!state) {
            finish(state.error());
            return;
        }
        Longer::State changed = *state;
        change(changed);
        writeState(changed, std::move(finish));
    });
}

void LongerDriver::doIdentify(Callback<PumpIdentity> done)
{
    // E9 has no model query; a valid RJ reply from this address is the identity proof.
    readState([this, done = std::move(done)](Result<Longer::State> state) {
        if (!state) {
            done(state.error());
            return;
        }
        PumpIdentity identity;
        identity.model = model().displayName;
        identity.address = address();
        done(identity);
    });
}

void LongerDriver::doReadStatus(Callback<PumpStatus> done)
{
    readState([this, done = std::move(done)](Result<Longer::State> state) {
        if (!state) {
            done(state.error());
            return;
        }
        PumpStatus s;
        s.running = state->running;
        s.fullSpeed = state->fullSpeed;
        s.direction = state->clockwise ? Direction::Clockwise : Direction::CounterClockwise;
        s.setSpeedRpm = Longer::speedRpm(state->speed, rpmPerCount());
        if (mlPerRev() > 0)
            s.flowMlPerMin = s.running ? flowAtRpm(*s.setSpeedRpm) : 0.0;
        done(s);
    });
}

void LongerDriver::doStart(Callback<void> done)
{
    modify([](Longer::State &s) { s.running = true; },
           [done = std::move(done)](Result<Longer::State> s) {
               if (!s)
                   done(s.error());
               else if (!s->running)
                   done(makeError(Error::Code::Refused, tr("The pump did not start.")));
               else
                   done({});
           });
}

void LongerDriver::doStop(Callback<void> done)
{
    modify([](Longer::State &s) { s.running = false; s.fullSpeed = false; },
           [done = std::move(done)](Result<Longer::State> s) {
               if (!s)
                   done(s.error());
               else
                   done({});
           });
}

void LongerDriver::doSetDirection(Direction direction, Callback<void> done)
{
    modify([direction](Longer::State &s) { s.clockwise = direction == Direction::Clockwise; },
           [done = std::move(done)](Result<Longer::State> s) {
               if (!s)
                   done(s.error());
               else
                   done({});
           });
}

void LongerDriver::doSetSpeed(double rpm, Callback<double> done)
{
    const quint16 count = Longer::speedCount(rpm, rpmPerCount());
    modify([count](Longer::State &s) { s.speed = count; },
           [this, done = std::move(done)](Result<Longer::State> s) {
               if (!s)
                   done(s.error());
               else
                   done(Longer::speedRpm(s->speed, rpmPerCount()));
           });
}

} // namespace PumpStudio::Device
