# case: plan a fixed six-pulse irrigation day, zeroing pulses once the soil-moisture deficit is covered -> python-int loop and masking, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MAX_PULSES = 6


class PulseIrrigationPlanner(nn.Cell):
    def __init__(self, pulse_mm=4.0, efficiency=0.85, max_pulses=MAX_PULSES):
        super().__init__()
        self.pulse_mm = pulse_mm
        self.efficiency = efficiency
        self.max_pulses = max_pulses

    def effective_pulse(self, et0):
        return self.pulse_mm * self.efficiency / (1.0 + 0.05 * et0)

    def construct(self, deficit_mm, et0):
        pulses = []
        remaining = deficit_mm
        for _ in range(self.max_pulses):
            step = self.effective_pulse(et0)
            active = (remaining > 0).astype(ms.float32)
            pulses.append(step * active)
            remaining = remaining - step * active
        schedule = ops.stack(pulses)
        return schedule, remaining


def make():
    np.random.seed(22)
    deficit = Tensor(np.float32(14.0))
    et0 = Tensor(np.float32(5.5))
    return PulseIrrigationPlanner(), (deficit, et0)
