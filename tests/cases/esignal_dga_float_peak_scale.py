# case: DGA trend model rescales gas features by the batch peak obtained with Python float() and math.log1p on a tensor inside construct -> Python builtins on tensor values in graph, expected error
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GasTrendNet(nn.Cell):
    def __init__(self, n_gases=7, hidden=24):
        super().__init__()
        self.fc1 = nn.Dense(n_gases, hidden)
        self.fc2 = nn.Dense(hidden, 1)
        self.act = nn.Tanh()

    def construct(self, ppm):
        peak = float(ppm.max())
        x = ops.log1p(ops.relu(ppm)) / math.log1p(peak)
        return self.fc2(self.act(self.fc1(x)))


def make():
    np.random.seed(191)
    ppm = Tensor((np.abs(np.random.randn(16, 7)) * 200).astype(np.float32))
    return GasTrendNet(), (ppm,)
