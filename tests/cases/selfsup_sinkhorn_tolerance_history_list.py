# case: Sinkhorn with early stopping on a tensor tolerance, collecting the marginal error per iteration in a list that is stacked -> compile error at line 31
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveSinkhorn(nn.Cell):
    """Runs Sinkhorn until the row marginals are within tol, up to max_iters."""

    def __init__(self, epsilon=0.05, tol=1e-3, max_iters=20):
        super().__init__()
        self.epsilon = epsilon
        self.tol = tol
        self.max_iters = max_iters

    def construct(self, scores):
        q = ops.exp(scores / self.epsilon)
        b, k = q.shape
        q = q / q.sum()
        err = Tensor(1.0, ms.float32)
        history = []
        it = 0
        while err > self.tol and it < self.max_iters:
            col = q.sum(axis=0, keepdims=True)
            q = q / col / k
            row = q.sum(axis=1, keepdims=True)
            q = q / row / b
            err = ops.abs(q.sum(axis=1) - 1.0 / b).max()
            history.append(err)
            it += 1
        return q * b, ops.stack(history)


def make():
    np.random.seed(11)
    scores = Tensor(np.random.randn(8, 5).astype(np.float32) * 0.1)
    return AdaptiveSinkhorn(), (scores,)
