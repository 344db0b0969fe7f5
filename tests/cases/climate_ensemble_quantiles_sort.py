# case: empirical ensemble quantiles via sort along members, quantile positions computed from the member count -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EnsembleQuantiles(nn.Cell):
    """10/50/90% quantiles of an ensemble with linear interpolation between order statistics."""

    def __init__(self, quantiles=(0.1, 0.5, 0.9), member_axis=0):
        super().__init__()
        self.quantiles = quantiles
        self.member_axis = member_axis

    def _interp(self, sorted_ens, q):
        n = sorted_ens.shape[0]
        pos = q * (n - 1)
        lo = int(pos)
        hi = min(lo + 1, n - 1)
        frac = pos - lo
        return sorted_ens[lo] * (1.0 - frac) + sorted_ens[hi] * frac

    def construct(self, ens):
        ens = ops.moveaxis(ens, self.member_axis, 0)
        sorted_ens, _ = ops.sort(ens, axis=0)
        return ops.stack([self._interp(sorted_ens, q) for q in self.quantiles], 0)


def make():
    rng = np.random.RandomState(115)
    ens = Tensor(rng.randn(7, 3, 5).astype(np.float32))
    return EnsembleQuantiles(), (ens,)
