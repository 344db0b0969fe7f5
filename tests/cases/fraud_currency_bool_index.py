# case: converts foreign-currency amounts by boolean-mask indexing amounts[is_foreign] and averaging them -> boolean indexing gives data-dependent size, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ForeignSpendFeature(nn.Cell):
    def __init__(self, home_currency=0, fx_rates=(1.0, 1.09, 0.0067, 1.27)):
        super().__init__()
        self.home_currency = home_currency
        self.fx = Tensor(np.array(fx_rates, dtype=np.float32))

    def construct(self, amounts, currency):
        is_foreign = currency != self.home_currency
        rates = ops.gather(self.fx, currency, 0)
        converted = amounts * rates
        foreign = converted[is_foreign]
        return foreign.mean(), converted.sum()


def make():
    np.random.seed(9)
    amounts = Tensor((np.random.rand(18) * 300).astype(np.float32))
    currency = Tensor(np.random.randint(0, 4, size=18).astype(np.int32))
    return ForeignSpendFeature(), (amounts, currency)
