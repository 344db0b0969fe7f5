# case: sparsemax computes the support size as a tensor and fetches the threshold with gather_elements at index k-1 (arange length from z.shape) -> Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def _rho_like(z):
    d = z.shape[-1]
    return ops.arange(1, d + 1).astype(z.dtype)


class Sparsemax(nn.Cell):
    def __init__(self, axis=-1):
        super().__init__()
        self.axis = axis

    def construct(self, z):
        z = z - z.max(axis=-1, keepdims=True)
        z_sorted, _ = ops.sort(z, axis=-1, descending=True)
        cums = ops.cumsum(z_sorted, -1) - 1
        support = _rho_like(z) * z_sorted > cums
        k = support.astype(ms.int32).sum(-1, keepdims=True)
        tau = ops.gather_elements(cums, -1, k - 1) / k.astype(z.dtype)
        return ops.clamp(z - tau, min=0.0)


class FeatureSelector(nn.Cell):
    def __init__(self, n_features, relax=1.3, n_steps=3):
        super().__init__()
        self.relax = relax
        self.n_steps = n_steps
        self.fcs = nn.CellList([nn.Dense(n_features, n_features) for _ in range(n_steps)])
        self.sparsemax = Sparsemax()

    def construct(self, x):
        prior = ops.ones_like(x)
        masks = []
        for fc in self.fcs:
            m = self.sparsemax(fc(x) * prior)
            prior = prior * (self.relax - m)
            masks.append(m)
        return ops.stack(masks, axis=0)


def make():
    np.random.seed(16)
    x = Tensor(np.random.randn(8, 10).astype(np.float32))
    return FeatureSelector(10), (x,)
