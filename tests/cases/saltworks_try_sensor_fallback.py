# case: density estimate that tries the refractometer channel and falls back to the hydrometer in an except block -> try/except in construct, expect rejection
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def brix_to_density(brix):
    # rough empirical conversion used for NaCl brines
    return 1.0 + 0.0071 * brix


class DensityFusion(nn.Cell):
    def __init__(self, w_refrac=0.7):
        super().__init__()
        self.w_refrac = w_refrac

    def construct(self, refrac_brix, hydro_density):
        try:
            from_refrac = brix_to_density(refrac_brix)
            fused = self.w_refrac * from_refrac + (1.0 - self.w_refrac) * hydro_density
        except ValueError:
            fused = hydro_density
        return fused


def make():
    np.random.seed(33)
    brix = Tensor(np.random.uniform(15.0, 30.0, size=(12,)).astype(np.float32))
    hydro = Tensor(np.random.uniform(1.10, 1.22, size=(12,)).astype(np.float32))
    return DensityFusion(), (brix, hydro)
