# case: iterative exponential smoothing of yarn tension traces with a while loop over a Python int counter bounded by a constructor value -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IterativeSmoother(nn.Cell):
    def __init__(self, iters=4, alpha=0.6):
        super().__init__()
        self.iters = iters
        self.alpha = alpha

    def step(self, x):
        shifted = ops.concat((x[:, :1], x[:, :-1]), axis=1)
        return self.alpha * x + (1.0 - self.alpha) * shifted

    def construct(self, traces):
        x = traces
        i = 0
        while i < self.iters:
            x = self.step(x)
            i += 1
        residual = traces - x
        return x, ops.abs(residual).max(axis=1)


def make():
    np.random.seed(41)
    traces = Tensor((10.0 + np.random.randn(3, 24)).astype(np.float32))
    return IterativeSmoother(), (traces,)
