# case: counts distinct tariff bands used during the day with ops.unique -> unique output size is data dependent (dynamic)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TariffBandSummary(nn.Cell):
    """Returns distinct tariff band ids and the price of each band."""

    def __init__(self, n_bands=5):
        super().__init__()
        prices = np.linspace(0.12, 0.42, n_bands).astype(np.float32)
        self.band_price = ms.Parameter(Tensor(prices), requires_grad=False)

    def construct(self, band_ids):
        bands, _ = ops.unique(band_ids)
        prices = ops.gather(self.band_price, bands, 0)
        return bands, prices


def make():
    np.random.seed(3)
    band_ids = np.random.randint(0, 4, size=(48,)).astype(np.int32)
    return TariffBandSummary(), (Tensor(band_ids),)
