# case: computes mean foreign spend by multiplying converted amounts with a float currency mask and dividing by the mask sum -> fixed shapes, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ForeignSpendFeature(nn.Cell):
    def __init__(self, home_currency=0, fx_rates=(1.0, 1.09, 0.0067, 1.27)):
        super().__init__()
        self.home_currency = home_currency
        self.fx = Tensor(np.array(fx_rates, dtype=np.float32))

    def _masked_mean(self, values, mask):
        mask_f = mask.astype(values.dtype)
        return (values * mask_f).sum(axis=-1) / ops.clamp(mask_f.sum(axis=-1), min=1.0)

    def construct(self, amounts, currency):
        is_foreign = currency != self.home_currency
        rates = ops.gather(self.fx, currency, 0)
        converted = amounts * rates
        foreign_mean = self._masked_mean(converted, is_foreign)
        domestic_mean = self._masked_mean(converted, ops.logical_not(is_foreign))
        return ops.stack((foreign_mean, domestic_mean), axis=-1)


def make():
    np.random.seed(10)
    amounts = Tensor((np.random.rand(3, 18) * 300).astype(np.float32))
    currency = Tensor(np.random.randint(0, 4, size=(3, 18)).astype(np.int32))
    return ForeignSpendFeature(), (amounts, currency)
