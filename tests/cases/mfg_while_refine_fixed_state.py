# case: iteratively refine a fused sensor estimate in a while loop on a tensor convergence test with a step cap, state keeps its shape -> control flow with static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IterativeFusion(nn.Cell):
    def __init__(self, tol=1e-3, max_iter=20, step=0.5):
        super().__init__()
        self.tol = tol
        self.max_iter = max_iter
        self.step = step

    def construct(self, readings, weights):
        est = readings.mean(axis=1)
        delta = ops.ones_like(est)
        it = 0
        while ops.abs(delta).max() > self.tol and it < self.max_iter:
            resid = (readings - est.expand_dims(1)) * weights
            delta = self.step * resid.mean(axis=1)
            est = est + delta
            it += 1
        return est


def make():
    np.random.seed(39)
    r = Tensor(np.random.randn(5, 4).astype(np.float32))
    w = Tensor(np.random.rand(5, 4).astype(np.float32))
    return IterativeFusion(), (r, w)
