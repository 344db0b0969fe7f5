# case: iterate smoothing of neighbour-aware occupancy beliefs while the change exceeds a tolerance (tensor condition, same shapes every iteration) -> static control flow
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeliefSmoother(nn.Cell):
    def __init__(self, alpha=0.3, tol=1e-3, max_iter=20):
        super().__init__()
        self.alpha = alpha
        self.tol = tol
        self.max_iter = max_iter

    def neighbour_mean(self, b):
        left = ops.concat([b[:1], b[:-1]])
        right = ops.concat([b[1:], b[-1:]])
        return (left + right) / 2

    def construct(self, belief):
        delta = Tensor(1.0, ms.float32)
        it = Tensor(0, ms.int32)
        while delta > self.tol and it < self.max_iter:
            new = (1 - self.alpha) * belief + self.alpha * self.neighbour_mean(belief)
            delta = ops.abs(new - belief).max()
            belief = new
            it = it + 1
        return belief, it


def make():
    np.random.seed(38)
    b = Tensor(np.random.rand(16).astype(np.float32))
    return BeliefSmoother(), (b,)
