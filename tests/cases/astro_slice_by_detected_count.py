# case: sort fluxes descending and slice the first n where n is the count above threshold (x[:n] with tensor n) -> error/dynamic slice
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CatalogueTruncate(nn.Cell):
    def __init__(self, snr_min=5.0):
        super().__init__()
        self.snr_min = snr_min

    def construct(self, flux, flux_err):
        snr = flux / flux_err
        n_good = (snr > self.snr_min).astype(ms.int32).sum()
        sorted_snr, order = ops.sort(snr, descending=True)
        kept = order[:n_good]
        return ops.gather(flux, kept, 0), sorted_snr[:n_good]


def make():
    np.random.seed(5)
    flux = np.random.uniform(1.0, 100.0, 18).astype(np.float32)
    flux_err = np.random.uniform(2.0, 6.0, 18).astype(np.float32)
    return CatalogueTruncate(), (Tensor(flux), Tensor(flux_err))
