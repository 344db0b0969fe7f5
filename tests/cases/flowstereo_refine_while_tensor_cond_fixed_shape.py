# case: flow refinement loop whose stop condition depends on tensor data (residual), but the carried flow keeps one shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResidualFlowRefiner(nn.Cell):
    def __init__(self, channels=4, tol=0.05, max_iters=6):
        super().__init__()
        self.tol = tol
        self.max_iters = max_iters
        self.res = nn.Conv2d(2 * channels + 2, 2, 3, pad_mode='same')

    def construct(self, f1, f2, flow):
        i = Tensor(0, ms.int32)
        residual = Tensor(1.0, ms.float32)
        while residual > self.tol and i < self.max_iters:
            delta = 0.1 * ops.tanh(self.res(ops.cat([f1, f2, flow], axis=1)))
            flow = flow + delta
            residual = ops.abs(delta).mean()
            i = i + 1
        return flow, i


def make():
    np.random.seed(36)
    f1 = Tensor(np.random.randn(1, 4, 5, 6).astype(np.float32))
    f2 = Tensor(np.random.randn(1, 4, 5, 6).astype(np.float32))
    flow = Tensor(np.zeros((1, 2, 5, 6), np.float32))
    return ResidualFlowRefiner(), (f1, f2, flow)
