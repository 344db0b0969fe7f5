# case: average the excess rope tension above the overload threshold using a 0/1 mask and sums instead of selection -> fixed shapes, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TensionSmoother(nn.Cell):
    def __init__(self, window=5):
        super().__init__()
        w = np.ones((1, 1, window), dtype=np.float32) / window
        self.kernel = Tensor(w)
        self.pad = window // 2

    def construct(self, x):
        x = x.reshape(1, 1, -1)
        x = ops.pad(x, (self.pad, self.pad), mode="replicate")
        return ops.conv1d(x, self.kernel).reshape(-1)


class OverloadMonitor(nn.Cell):
    def __init__(self, rated_kn=180.0, overload_ratio=1.1):
        super().__init__()
        self.smoother = TensionSmoother()
        self.limit = rated_kn * overload_ratio

    def construct(self, tension_kn):
        smooth = self.smoother(tension_kn)
        mask = (smooth > self.limit).astype(ms.float32)
        count = mask.sum()
        excess = ((smooth - self.limit) * mask).sum() / ops.maximum(count, 1.0)
        return excess, count


def make():
    np.random.seed(11)
    t = (180 + 25 * np.random.randn(256)).astype(np.float32)
    return OverloadMonitor(), (Tensor(t),)
