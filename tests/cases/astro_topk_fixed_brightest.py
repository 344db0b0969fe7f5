# case: keep the n_keep brightest catalogue sources with topk where n_keep is a constructor argument, zeroing those below the flux limit -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BrightestFixed(nn.Cell):
    def __init__(self, n_keep=5, flux_limit=10.0):
        super().__init__()
        self.n_keep = n_keep
        self.flux_limit = flux_limit

    def construct(self, flux, ra, dec):
        top_flux, order = ops.topk(flux, self.n_keep)
        valid = (top_flux > self.flux_limit).astype(ms.float32)
        sel_ra = ops.gather(ra, order, 0)
        sel_dec = ops.gather(dec, order, 0)
        return top_flux * valid, sel_ra, sel_dec, valid


def make():
    np.random.seed(31)
    flux = np.random.exponential(8.0, 25).astype(np.float32)
    ra = np.random.uniform(150.0, 150.5, 25).astype(np.float32)
    dec = np.random.uniform(2.0, 2.5, 25).astype(np.float32)
    return BrightestFixed(), (Tensor(flux), Tensor(ra), Tensor(dec))
