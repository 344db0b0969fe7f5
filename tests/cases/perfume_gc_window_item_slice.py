# case: cut a retention-time window around the base peak using .item() on the argmax position -> slice bounds from tensor values, Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BasePeakWindow(nn.Cell):
    def __init__(self, half_width=20):
        super().__init__()
        self.half_width = half_width

    def construct(self, trace):
        apex = ops.argmax(trace).item()
        lo = max(apex - self.half_width, 0)
        hi = apex + self.half_width
        window = trace[lo:hi]
        area = window.sum()
        return window / window.max(), area


def make():
    np.random.seed(51)
    t = np.linspace(0, 20, 256).astype(np.float32)
    y = np.exp(-((t - 9.3) ** 2) / 0.1) + 0.3 * np.exp(-((t - 14.0) ** 2) / 0.2)
    y = y + np.random.rand(256) * 0.02
    return BasePeakWindow(), (Tensor(y.astype(np.float32)),)
