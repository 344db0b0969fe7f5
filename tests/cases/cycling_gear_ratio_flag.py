# case: a config flag chooses whether to return only big-ring gear usage or the full table -> branch on Python attribute, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GearUsageReport(nn.Cell):
    def __init__(self, n_cogs=11, big_ring_only=True, sharpness=50.0):
        super().__init__()
        self.n_cogs = n_cogs
        self.big_ring_only = big_ring_only
        self.sharpness = sharpness
        self.centers = Tensor(np.linspace(0.1, 0.6, 2 * n_cogs).astype(np.float32))

    def construct(self, speed, cadence):
        ratio = speed / (cadence + 1e-3)
        d = ops.abs(ratio.reshape(-1, 1) - self.centers.reshape(1, -1))
        table = ops.softmax(-d * self.sharpness, axis=1).mean(axis=0).reshape(2, self.n_cogs)
        if self.big_ring_only:
            usage = table[1]
        else:
            usage = table.reshape(-1)
        low_cad = (cadence.mean() < 75.0).astype(ms.float32)
        return usage, low_cad


def make():
    np.random.seed(82)
    speed = np.random.normal(9.5, 1.0, 200).astype(np.float32)
    cadence = np.random.normal(88, 5, 200).astype(np.float32)
    return GearUsageReport(), (Tensor(speed), Tensor(cadence))
