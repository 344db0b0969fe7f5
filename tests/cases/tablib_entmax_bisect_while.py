# case: entmax-1.5 by bisection iterates `while` the largest residual in the batch is above tolerance (tensor condition, shapes fixed) -> Graph mode may compile it as dynamic control flow or reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EntmaxConfig:
    alpha = 1.5
    tol = 1e-4
    max_iter = 50


class EntmaxBisect(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        config = config if config is not None else EntmaxConfig()
        self.alpha = config.alpha
        self.tol = config.tol
        self.max_iter = getattr(config, "max_iter", 30)

    def _p(self, x, tau):
        return ops.pow(ops.clamp(x - tau, min=0.0), 1.0 / (self.alpha - 1))

    def construct(self, z):
        x = z * (self.alpha - 1)
        hi = x.max(axis=-1, keepdims=True)
        lo = hi - 1.0
        tau = (lo + hi) / 2
        err = self._p(x, tau).sum(-1, keepdims=True) - 1
        it = 0
        while ops.abs(err).max() > self.tol and it < self.max_iter:
            tau = (lo + hi) / 2
            err = self._p(x, tau).sum(-1, keepdims=True) - 1
            lo = ops.where(err > 0, tau, lo)
            hi = ops.where(err > 0, hi, tau)
            it += 1
        p = self._p(x, tau)
        return p / p.sum(-1, keepdims=True)


def make():
    np.random.seed(17)
    z = Tensor(np.random.randn(4, 12).astype(np.float32))
    return EntmaxBisect(), (z,)
