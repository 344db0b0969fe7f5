# case: solve for the curd gel time with a bisection while-loop that stops when the storage-modulus residual is small, carrying only fixed-shape scalars -> tensor-condition while with unchanged shapes, expected fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GelTimeSolver(nn.Cell):
    """Logistic G'(t) = g_max / (1 + exp(-k (t - t_half))); find t where G' = target."""

    def __init__(self, max_iter=40, tol=1e-3):
        super().__init__()
        self.max_iter = max_iter
        self.tol = tol

    def modulus(self, t, params):
        g_max, k, t_half = params[0], params[1], params[2]
        return g_max / (1.0 + ops.exp(-k * (t - t_half)))

    def construct(self, params, target):
        lo = Tensor(0.0, ms.float32)
        hi = Tensor(120.0, ms.float32)
        mid = (lo + hi) / 2
        resid = self.modulus(mid, params) - target
        it = 0
        while ops.abs(resid) > self.tol and it < self.max_iter:
            if resid > 0:
                hi = mid
            else:
                lo = mid
            mid = (lo + hi) / 2
            resid = self.modulus(mid, params) - target
            it += 1
        return mid


def make():
    np.random.seed(3240)
    params = np.array([60.0, 0.15, 35.0], np.float32)  # Pa, 1/min, min
    return GelTimeSolver(), (Tensor(params), Tensor(20.0, ms.float32))
