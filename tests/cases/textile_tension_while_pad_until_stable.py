# case: keep appending smoothed tension samples to a history tensor while the variance stays above a limit -> while on tensor value with growing shape is dynamic / error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TensionSettler(nn.Cell):
    def __init__(self, var_limit=0.05, alpha=0.5, max_steps=8):
        super().__init__()
        self.var_limit = var_limit
        self.alpha = alpha
        self.max_steps = max_steps

    def smooth(self, x):
        return self.alpha * x + (1.0 - self.alpha) * x.mean()

    def construct(self, trace):
        history = trace
        current = trace
        steps = 0
        while ops.var(current) > self.var_limit and steps < self.max_steps:
            current = self.smooth(current)
            history = ops.concat((history, current))
            steps += 1
        return history


def make():
    np.random.seed(6)
    trace = Tensor((10.0 + np.random.randn(16)).astype(np.float32))
    return TensionSettler(), (trace,)
