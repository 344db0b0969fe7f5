# case: if the average cadence tensor is low, return only the big-ring columns of the gear usage table, else the full table -> tensor-valued if whose branches have different shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GearUsage(nn.Cell):
    def __init__(self, n_cogs=11, low_cadence=75.0):
        super().__init__()
        self.n_cogs = n_cogs
        self.low_cadence = low_cadence

    def gear_table(self, speed, cadence):
        ratio = speed / (cadence + 1e-3)
        centers = ops.linspace(Tensor(0.1, ms.float32), Tensor(0.6, ms.float32), 2 * self.n_cogs)
        d = ops.abs(ratio.reshape(-1, 1) - centers.reshape(1, -1))
        return ops.softmax(-d * 50.0, axis=1).mean(axis=0).reshape(2, self.n_cogs)

    def construct(self, speed, cadence):
        table = self.gear_table(speed, cadence)
        if cadence.mean() < self.low_cadence:
            usage = table[1, : self.n_cogs // 2]
        else:
            usage = table.reshape(-1)
        return usage


def make():
    np.random.seed(81)
    speed = np.random.normal(9.0, 1.0, 200).astype(np.float32)
    cadence = np.random.normal(70, 5, 200).astype(np.float32)
    return GearUsage(), (Tensor(speed), Tensor(cadence))
