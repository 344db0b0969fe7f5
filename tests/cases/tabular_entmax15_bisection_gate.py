# case: alpha-entmax feature gate solved by bisection with a fixed number of iterations from config (Python for loop) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EntmaxBisect(nn.Cell):
    def __init__(self, alpha=1.5, n_iter=20):
        super().__init__()
        self.alpha = alpha
        self.n_iter = n_iter

    def _p(self, z, tau):
        return ops.pow(ops.relu(z - tau), 1.0 / (self.alpha - 1.0))

    def construct(self, logits):
        z = logits * (self.alpha - 1.0)
        max_z = z.max(axis=-1, keepdims=True)
        tau_lo = max_z - 1.0
        tau_hi = max_z - (1.0 / z.shape[-1]) ** (self.alpha - 1.0)
        for _ in range(self.n_iter):
            tau_mid = (tau_lo + tau_hi) / 2
            mass = self._p(z, tau_mid).sum(axis=-1, keepdims=True)
            too_small = mass < 1.0
            tau_hi = ops.where(too_small, tau_mid, tau_hi)
            tau_lo = ops.where(too_small, tau_lo, tau_mid)
        p = self._p(z, (tau_lo + tau_hi) / 2)
        return p / p.sum(axis=-1, keepdims=True)


class EntmaxGatedMLP(nn.Cell):
    def __init__(self, n_features=6, hidden=8):
        super().__init__()
        self.gate_logits = nn.Dense(n_features, n_features)
        self.entmax = EntmaxBisect()
        self.mlp = nn.Dense(n_features, hidden)

    def construct(self, x):
        gate = self.entmax(self.gate_logits(x))
        return self.mlp(x * gate), gate


def make():
    np.random.seed(45)
    ms.set_seed(45)
    x = Tensor(np.random.randn(4, 6).astype(np.float32))
    return EntmaxGatedMLP(), (x,)
