# case: SwAV Sinkhorn-Knopp that iterates while the row-marginal error (a Tensor) exceeds a tolerance, collecting the error of each iteration in a Python list -> Graph mode rejects or unrolls badly
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SinkhornConfig:
    epsilon = 0.05
    tol = 1e-3
    max_iters = 50
    keep_history = True


class AdaptiveSinkhorn(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.eps = config.epsilon
        self.tol = config.tol
        self.max_iters = config.max_iters
        self.keep_history = config.keep_history

    def construct(self, scores):
        q = ops.exp(scores / self.eps).T
        q = q / q.sum()
        k, b = q.shape
        err = ops.abs(q.sum(axis=1) - 1.0 / k).max()
        history = []
        it = 0
        while err > self.tol and it < self.max_iters:
            q = q / q.sum(axis=1, keepdims=True) / k
            q = q / q.sum(axis=0, keepdims=True) / b
            err = ops.abs(q.sum(axis=1) - 1.0 / k).max()
            if self.keep_history:
                history.append(err)
            it += 1
        return (q * b).T, ops.stack(history) if len(history) > 0 else err


def make():
    np.random.seed(3683)
    scores = Tensor(np.random.randn(4, 6).astype(np.float32) * 0.1)
    return AdaptiveSinkhorn(SinkhornConfig()), (scores,)
