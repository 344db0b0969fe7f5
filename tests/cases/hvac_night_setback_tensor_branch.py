# case: night setback chooses between two same-shape setpoint vectors with an if on a tensor occupancy sum -> static graph (control flow with matching shapes)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NightSetback(nn.Cell):
    def __init__(self, day_sp=21.5, night_sp=17.0, min_occupants=1.0):
        super().__init__()
        self.day_sp = day_sp
        self.night_sp = night_sp
        self.min_occupants = min_occupants

    def construct(self, occupant_counts, zone_temps):
        total = occupant_counts.sum()
        if total >= self.min_occupants:
            sp = ops.full_like(zone_temps, self.day_sp)
        else:
            sp = ops.full_like(zone_temps, self.night_sp)
        error = sp - zone_temps
        return sp, ops.clamp(error * 10.0, 0.0, 100.0)


def make():
    np.random.seed(27)
    net = NightSetback()
    counts = Tensor(np.random.randint(0, 3, size=(8,)).astype(np.float32))
    temps = Tensor((18.0 + 3.0 * np.random.rand(8)).astype(np.float32))
    return net, (counts, temps)
