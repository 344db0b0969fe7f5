# case: prices consumption by one-hot encoding tariff bands with a fixed number of bands from config -> one_hot with constant depth, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TariffConfig:
    n_bands = 4
    prices = (0.11, 0.19, 0.27, 0.44)


class BandedTariff(nn.Cell):
    def __init__(self, config=TariffConfig()):
        super().__init__()
        self.n_bands = config.n_bands
        self.prices = Tensor(np.array(config.prices, dtype=np.float32))

    def construct(self, kwh, band_ids):
        onehot = ops.one_hot(band_ids, self.n_bands, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        kwh_per_band = (onehot * kwh.expand_dims(-1)).sum(axis=1)
        cost = (kwh_per_band * self.prices).sum(axis=-1)
        return kwh_per_band, cost


def make():
    np.random.seed(39)
    kwh = np.random.uniform(0.1, 2.5, size=(3, 24)).astype(np.float32)
    bands = np.random.randint(0, 4, size=(3, 24)).astype(np.int32)
    return BandedTariff(), (Tensor(kwh), Tensor(bands))
