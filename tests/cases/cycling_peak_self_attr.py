# case: the crash detector remembers the last peak g-force by assigning self.last_peak inside construct -> attribute of self written in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrashDetector(nn.Cell):
    def __init__(self, g_limit=5.0):
        super().__init__()
        self.g_limit = g_limit
        self.last_peak = 0.0
        self.smoother = nn.AvgPool1d(kernel_size=5, stride=1)

    def construct(self, acc):
        g = ops.sqrt((acc * acc).sum(axis=-1)) / 9.81
        g_s = self.smoother(g.reshape(1, 1, -1)).reshape(-1)
        peak = g_s.max()
        self.last_peak = peak
        crashed = (peak > self.g_limit).astype(ms.float32)
        return crashed, peak


def make():
    np.random.seed(121)
    acc = np.random.normal(0, 2.5, size=(300, 3)).astype(np.float32)
    acc[150:160] *= 20.0
    return CrashDetector(), (Tensor(acc),)
