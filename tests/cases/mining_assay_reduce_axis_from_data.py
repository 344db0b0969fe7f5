# case: summarise a bench assay grid along the axis stored in a tensor flag (0 = by easting row, 1 = by northing column) -> reduction axis comes from tensor data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BenchProfile(nn.Cell):
    def __init__(self, cutoff=0.5):
        super().__init__()
        self.cutoff = cutoff

    def construct(self, grid, profile_axis):
        ore = ops.relu(grid - self.cutoff)
        axis = int(profile_axis)
        profile = ore.mean(axis=axis)
        return profile, profile.argmax()


def make():
    np.random.seed(161)
    grid = np.random.gamma(2.0, 0.4, size=(10, 10)).astype(np.float32)
    return BenchProfile(), (Tensor(grid), Tensor(np.array(1, dtype=np.int32)))
