# case: take the pantograph current trace up to the sample of peak draw (index from argmax) and average it -> slice length from tensor value, expect dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def smooth(trace, k=5):
    kernel = ops.ones((1, 1, k), ms.float32) / k
    return ops.conv1d(trace.reshape(1, 1, -1), kernel, pad_mode="same").reshape(-1)


class InrushMonitor(nn.Cell):
    def __init__(self, nominal_a=600.0):
        super().__init__()
        self.nominal = nominal_a

    def construct(self, current_a):
        s = smooth(current_a)
        peak_at = s.argmax()
        ramp = s[:peak_at.item() + 1]
        ramp_mean = ramp.mean()
        return ramp_mean / self.nominal, s.max()


def make():
    np.random.seed(3071)
    t = np.linspace(0, 4, 200, dtype=np.float32)
    trace = 600 * np.exp(-((t - 1.3) ** 2) * 3) + np.random.normal(0, 20, t.shape)
    return InrushMonitor(), (Tensor(trace.astype(np.float32)),)
