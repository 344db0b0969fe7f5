# case: time the enclosure-occupancy model by wrapping the forward pass in a with-block of a small Python context manager -> with statement in construct, Graph mode likely rejects
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StageTimer:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, *args):
        return False


class OccupancyNet(nn.Cell):
    def __init__(self, n_zones=9):
        super().__init__()
        self.fc1 = nn.Dense(n_zones, 16)
        self.fc2 = nn.Dense(16, n_zones)

    def construct(self, counts):
        with StageTimer("occupancy"):
            h = ops.relu(self.fc1(counts))
            out = ops.softmax(self.fc2(h), axis=-1)
        return out


def make():
    np.random.seed(181)
    counts = Tensor(np.random.poisson(3.0, size=(4, 9)).astype(np.float32))
    return OccupancyNet(), (counts,)
