# case: computes rolling mean of amounts with a window length read from a config tensor via int() and used in range() -> loop bound from tensor value, Graph mode should fail
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RollingStats(nn.Cell):
    def construct(self, amounts, window):
        w = int(window)
        t = amounts.shape[0]
        means = []
        for i in range(t - w + 1):
            means.append(amounts[i:i + w].mean())
        return ops.stack(means)


class VelocityModel(nn.Cell):
    def __init__(self):
        super().__init__()
        self.rolling = RollingStats()

    def construct(self, amounts, window):
        roll = self.rolling(amounts, window)
        spike = amounts[-1] / (roll[-1] + 1e-6)
        return roll, spike


def make():
    np.random.seed(11)
    amounts = Tensor((np.random.rand(16) * 200).astype(np.float32))
    window = Tensor(4, ms.int32)
    return VelocityModel(), (amounts, window)
