# case: yaw-vane consistency check turns argmax sensor ids into a Python set to count how many vanes ever win -> set built from tensor elements in construct, expect error or fallback in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VaneConsensus(nn.Cell):
    def __init__(self, n_vanes=3):
        super().__init__()
        self.n_vanes = n_vanes

    def construct(self, vane_readings):
        dev = ops.abs(vane_readings - vane_readings.mean(axis=1, keep_dims=True))
        winners = ops.argmin(dev, axis=1)
        distinct = set()
        for w in winners:
            distinct.add(int(w))
        agreement = 1.0 - (len(distinct) - 1) / self.n_vanes
        return vane_readings.mean() * agreement


def make():
    np.random.seed(21)
    readings = Tensor(np.random.uniform(-10, 10, size=(8, 3)).astype(np.float32))
    return VaneConsensus(), (readings,)
