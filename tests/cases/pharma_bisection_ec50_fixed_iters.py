# case: estimates EC50 by bisection with a fixed number of iterations and ops.select updates instead of branches -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EC50Bisection(nn.Cell):
    def __init__(self, n_iter=20, hill=1.0):
        super().__init__()
        self.n_iter = n_iter
        self.hill = hill

    def response(self, dose, ec50_true, emax):
        return emax * dose ** self.hill / (ec50_true ** self.hill + dose ** self.hill)

    def construct(self, ec50_true, emax, lo, hi):
        half = emax * 0.5
        for _ in range(self.n_iter):
            mid = (lo + hi) * 0.5
            above = self.response(mid, ec50_true, emax) > half
            hi = ops.select(above, mid, hi)
            lo = ops.select(above, lo, mid)
        return (lo + hi) * 0.5


def make():
    np.random.seed(14)
    ec50 = Tensor(np.array([3.0, 7.5, 0.8], np.float32))
    emax = Tensor(np.array([10.0, 4.0, 1.0], np.float32))
    lo = Tensor(np.full(3, 0.01, np.float32))
    hi = Tensor(np.full(3, 100.0, np.float32))
    return EC50Bisection(), (ec50, emax, lo, hi)
