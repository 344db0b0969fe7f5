# case: loops over the number of completed trips read from a tensor and appends per-trip energy to a Python list before stacking -> loop count taken from tensor data, list length data-dependent, error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TripEnergyLog(nn.Cell):
    def __init__(self, motor_kw=11.0):
        super().__init__()
        self.motor_kw = motor_kw

    def construct(self, trip_seconds, trip_load_ratio, n_trips):
        energies = []
        for i in range(int(n_trips)):
            e = self.motor_kw * trip_seconds[i] * (0.5 + trip_load_ratio[i]) / 3600.0
            energies.append(e)
        out = ops.stack(energies)
        return out, out.sum()


def make():
    np.random.seed(13)
    secs = Tensor(np.random.uniform(10, 40, (10,)).astype(np.float32))
    ratio = Tensor(np.random.uniform(0, 1, (10,)).astype(np.float32))
    return TripEnergyLog(), (secs, ratio, Tensor(7, ms.int32))
