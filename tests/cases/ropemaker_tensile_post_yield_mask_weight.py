# case: fit the post-yield hardening slope of a tensile curve by weighting points with a 0/1 mask instead of dropping them -> mask used by multiplication, static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HardeningSlopeWeighted(nn.Cell):
    def __init__(self, yield_strain=0.04):
        super().__init__()
        self.yield_strain = yield_strain

    def construct(self, strain, load_kn):
        w = (strain > self.yield_strain).astype(ms.float32)
        n = w.sum() + 1e-6
        e_bar = (w * strain).sum() / n
        f_bar = (w * load_kn).sum() / n
        num = (w * (strain - e_bar) * (load_kn - f_bar)).sum()
        den = (w * (strain - e_bar) ** 2).sum() + 1e-6
        return num / den


def make():
    np.random.seed(22)
    strain = np.linspace(0.0, 0.12, 80).astype(np.float32)
    load = (np.minimum(strain, 0.04) * 900 + np.maximum(strain - 0.04, 0) * 250
            + np.random.normal(0, 0.3, 80)).astype(np.float32)
    return HardeningSlopeWeighted(), (Tensor(strain), Tensor(load))
