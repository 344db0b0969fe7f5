# case: hull monitor collects the ids of alarming sensors into a Python set while looping over tensor flags and returns its size -> set built from tensor values in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AlarmSensorCount(nn.Cell):
    def __init__(self, n_sensors=6, limit=2.0):
        super().__init__()
        self.n_sensors = n_sensors
        self.limit = limit

    def construct(self, rms_per_sensor):
        flagged = set()
        for s in range(self.n_sensors):
            if rms_per_sensor[s] > self.limit:
                flagged.add(s)
        return len(flagged)


def make():
    np.random.seed(21)
    rms = Tensor(np.random.uniform(0, 4, size=(6,)).astype(np.float32))
    return AlarmSensorCount(), (rms,)
