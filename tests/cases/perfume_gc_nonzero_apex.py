# case: locate chromatogram apex indices with ops.nonzero on the second-derivative sign change -> data-dependent count of apexes, dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ApexFinder(nn.Cell):
    def __init__(self, min_height=0.2):
        super().__init__()
        self.min_height = min_height

    def first_diff(self, y):
        return y[1:] - y[:-1]

    def construct(self, trace):
        d = self.first_diff(trace)
        rising = d[:-1] > 0
        falling = d[1:] <= 0
        tall = trace[1:-1] > self.min_height
        apex = ops.logical_and(ops.logical_and(rising, falling), tall)
        idx = ops.nonzero(apex).reshape(-1) + 1
        heights = ops.gather(trace, idx, 0)
        return idx, heights


def make():
    np.random.seed(23)
    t = np.linspace(0, 25, 300).astype(np.float32)
    y = np.zeros_like(t)
    for c, h in ((3.0, 1.0), (7.5, 0.6), (12.2, 0.9), (19.0, 0.4)):
        y += h * np.exp(-((t - c) ** 2) / 0.05)
    y += np.random.rand(300).astype(np.float32) * 0.01
    return ApexFinder(), (Tensor(y.astype(np.float32)),)
