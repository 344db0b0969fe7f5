# case: entmax-1.5 by bisection runs a fixed number of halvings from the config (for over range(python int)) -> Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EntmaxConfig:
    def __init__(self, alpha=1.5, n_iter=25, ensure_sum_one=True):
        self.alpha = alpha
        self.n_iter = n_iter
        self.ensure_sum_one = ensure_sum_one


class EntmaxBisect(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.alpha = config.alpha
        self.n_iter = config.n_iter
        self.ensure_sum_one = config.ensure_sum_one

    def _p(self, x, tau):
        return ops.pow(ops.clamp(x - tau, min=0.0), 1.0 / (self.alpha - 1))

    def construct(self, z):
        x = z * (self.alpha - 1)
        d = x.shape[-1]
        hi = x.max(axis=-1, keepdims=True)
        lo = hi - (1.0 / d) ** (self.alpha - 1)
        width = hi - lo
        for _ in range(self.n_iter):
            width = width / 2
            mid = lo + width
            f = self._p(x, mid).sum(-1, keepdims=True) - 1
            lo = ops.where(f >= 0, mid, lo)
        p = self._p(x, lo + width)
        if self.ensure_sum_one:
            p = p / p.sum(-1, keepdims=True)
        return p


class EntmaxSelector(nn.Cell):
    def __init__(self, n_features, config):
        super().__init__()
        self.proj = nn.Dense(n_features, n_features)
        self.entmax = EntmaxBisect(config)

    def construct(self, x):
        mask = self.entmax(self.proj(x))
        return x * mask, mask


def make():
    np.random.seed(18)
    x = Tensor(np.random.randn(6, 12).astype(np.float32))
    return EntmaxSelector(12, EntmaxConfig()), (x,)
