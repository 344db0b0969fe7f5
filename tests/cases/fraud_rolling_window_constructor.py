# case: computes rolling mean and std of amounts with a window size given in the constructor, loop over a range from x.shape -> all bounds are constants, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RollingStats(nn.Cell):
    def __init__(self, window=4):
        super().__init__()
        self.window = window

    def construct(self, amounts):
        t = amounts.shape[-1]
        means = []
        stds = []
        for i in range(t - self.window + 1):
            seg = amounts[:, i:i + self.window]
            m = seg.mean(axis=-1)
            means.append(m)
            stds.append(ops.sqrt(((seg - m.expand_dims(-1)) ** 2).mean(axis=-1) + 1e-6))
        return ops.stack(means, axis=-1), ops.stack(stds, axis=-1)


class VelocityModel(nn.Cell):
    def __init__(self, window=4):
        super().__init__()
        self.rolling = RollingStats(window)

    def construct(self, amounts):
        mean, std = self.rolling(amounts)
        z = (amounts[:, -1] - mean[:, -1]) / std[:, -1]
        return ops.sigmoid(z)


def make():
    np.random.seed(12)
    amounts = Tensor((np.random.rand(5, 12) * 200).astype(np.float32))
    return VelocityModel(window=3), (amounts,)
