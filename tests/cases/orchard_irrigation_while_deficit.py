# case: schedule irrigation pulses until the soil-moisture deficit is covered, appending each pulse to a list -> loop count from tensor data with a growing list, Graph mode should reject or unroll badly
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PulseIrrigationPlanner(nn.Cell):
    def __init__(self, pulse_mm=4.0, efficiency=0.85):
        super().__init__()
        self.pulse_mm = pulse_mm
        self.efficiency = efficiency

    def effective_pulse(self, et0):
        # hotter days lose more to evaporation
        return self.pulse_mm * self.efficiency / (1.0 + 0.05 * et0)

    def construct(self, deficit_mm, et0):
        pulses = []
        remaining = deficit_mm
        while remaining > 0:
            step = self.effective_pulse(et0)
            pulses.append(step)
            remaining = remaining - step
        schedule = ops.stack(pulses)
        return schedule, remaining


def make():
    np.random.seed(21)
    deficit = Tensor(np.float32(14.0))
    et0 = Tensor(np.float32(5.5))
    return PulseIrrigationPlanner(), (deficit, et0)
