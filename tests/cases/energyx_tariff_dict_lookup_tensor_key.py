# case: looks up a price multiplier in a Python dict using int() of the tariff code tensor -> dict keyed by tensor value, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TARIFF_MULTIPLIER = {0: 1.0, 1: 1.35, 2: 1.8, 3: 0.7}


class TariffBill(nn.Cell):
    def __init__(self, base_price=0.21):
        super().__init__()
        self.base_price = base_price
        self.multipliers = TARIFF_MULTIPLIER

    def construct(self, kwh, tariff_code):
        mult = self.multipliers[int(tariff_code)]
        return kwh.sum() * self.base_price * mult


def make():
    np.random.seed(10)
    kwh = np.random.uniform(0.2, 2.0, size=(24,)).astype(np.float32)
    return TariffBill(), (Tensor(kwh), Tensor(2, ms.int32))
