# case: estimate raw block volume from laser-scan dimensions and round to commercial cubic metres with ops.floor -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def box_volume(dims):
    return dims[:, 0] * dims[:, 1] * dims[:, 2]


class BlockVolumeEstimator(nn.Cell):
    def __init__(self, waste_factor=0.12, step_m3=0.1):
        super().__init__()
        self.waste = waste_factor
        self.step = step_m3

    def construct(self, dims_m):
        gross = box_volume(dims_m)
        net = gross * (1.0 - self.waste)
        commercial = ops.floor(net / self.step) * self.step
        return commercial, gross


def make():
    np.random.seed(92)
    dims = Tensor(np.random.uniform(1.0, 3.2, (10, 3)).astype(np.float32))
    return BlockVolumeEstimator(), (dims,)
