# case: reorder envelope sensor array axes (rings, sensors, time) to (time, rings, sensors) with a constant permutation -> transpose with Python tuple, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TIME_FIRST = (2, 0, 1)


class SensorLayout(nn.Cell):
    def __init__(self, n_rings=4, n_sensors=12):
        super().__init__()
        self.scale = 0.1
        self.ring_w = Tensor(np.linspace(1.0, 0.5, n_rings).astype(np.float32)).reshape(1, n_rings, 1)

    def construct(self, raw):
        ordered = ops.transpose(raw, TIME_FIRST)
        weighted = ordered * self.ring_w * self.scale
        return weighted.sum(axis=1)


def make():
    np.random.seed(192)
    raw = Tensor(np.random.rand(4, 12, 30).astype(np.float32))
    return SensorLayout(), (raw,)
