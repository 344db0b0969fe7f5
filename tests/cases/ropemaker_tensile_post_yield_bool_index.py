# case: keep only the tensile-test load points past the yield strain with a boolean mask and fit the hardening slope -> boolean-mask indexing gives data-dependent shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HardeningSlope(nn.Cell):
    """Least-squares slope of load vs strain beyond yield for one rope specimen."""

    def __init__(self, yield_strain=0.04):
        super().__init__()
        self.yield_strain = yield_strain

    def construct(self, strain, load_kn):
        plastic = strain > self.yield_strain
        e = strain[plastic]
        f = load_kn[plastic]
        e_bar = e.mean()
        f_bar = f.mean()
        num = ((e - e_bar) * (f - f_bar)).sum()
        den = ((e - e_bar) ** 2).sum() + 1e-6
        return num / den


def make():
    np.random.seed(21)
    strain = np.linspace(0.0, 0.12, 80).astype(np.float32)
    load = (np.minimum(strain, 0.04) * 900 + np.maximum(strain - 0.04, 0) * 250
            + np.random.normal(0, 0.3, 80)).astype(np.float32)
    return HardeningSlope(), (Tensor(strain), Tensor(load))
