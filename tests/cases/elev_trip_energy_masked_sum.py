# case: computes per-trip energy for a fixed-size trip buffer and zeroes unused slots with a mask built from the trip count -> count used only in a comparison mask, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TripEnergyBuffer(nn.Cell):
    def __init__(self, motor_kw=11.0, regen_gain=0.25):
        super().__init__()
        self.motor_kw = motor_kw
        self.regen_gain = regen_gain

    def construct(self, trip_seconds, trip_load_ratio, going_down, n_trips):
        slots = ops.arange(0, trip_seconds.shape[0], dtype=ms.int32)
        used = (slots < n_trips).astype(ms.float32)
        base = self.motor_kw * trip_seconds * (0.5 + trip_load_ratio) / 3600.0
        regen = ops.where(going_down, -self.regen_gain * base, ops.zeros_like(base))
        energy = (base + regen) * used
        return energy, energy.sum()


def make():
    np.random.seed(14)
    secs = Tensor(np.random.uniform(10, 40, (10,)).astype(np.float32))
    ratio = Tensor(np.random.uniform(0, 1, (10,)).astype(np.float32))
    down = Tensor(np.random.rand(10) > 0.5)
    return TripEnergyBuffer(), (secs, ratio, down, Tensor(7, ms.int32))
