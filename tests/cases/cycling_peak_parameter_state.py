# case: crash detector keeps the running peak g-force in a non-trainable Parameter updated with ops.assign -> Parameter state, supported in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class StatefulCrashDetector(nn.Cell):
    def __init__(self, g_limit=5.0):
        super().__init__()
        self.g_limit = g_limit
        self.running_peak = Parameter(Tensor(0.0, ms.float32), name="running_peak", requires_grad=False)
        self.smoother = nn.AvgPool1d(kernel_size=5, stride=1)

    def construct(self, acc):
        g = ops.sqrt((acc * acc).sum(axis=-1)) / 9.81
        g_s = self.smoother(g.reshape(1, 1, -1)).reshape(-1)
        peak = g_s.max()
        new_peak = ops.maximum(self.running_peak, peak)
        ops.assign(self.running_peak, new_peak)
        crashed = (peak > self.g_limit).astype(ms.float32)
        return crashed, new_peak


def make():
    np.random.seed(122)
    acc = np.random.normal(0, 2.5, size=(300, 3)).astype(np.float32)
    acc[100:108] *= 18.0
    return StatefulCrashDetector(), (Tensor(acc),)
