# case: billing cell switches between time-of-use and flat tariff with a Python bool constructor flag -> branch on a constant flag, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BillCalculator(nn.Cell):
    def __init__(self, use_time_of_use=True, flat_price=0.25):
        super().__init__()
        self.use_time_of_use = use_time_of_use
        self.flat_price = flat_price
        tou = np.full((24,), 0.18, dtype=np.float32)
        tou[16:21] = 0.42
        self.tou_price = Tensor(tou)

    def price_curve(self, kwh):
        if self.use_time_of_use:
            return ops.broadcast_to(self.tou_price, kwh.shape)
        return ops.ones_like(kwh) * self.flat_price

    def construct(self, kwh):
        return (kwh * self.price_curve(kwh)).sum(axis=1)


def make():
    np.random.seed(35)
    kwh = np.random.uniform(0.1, 2.5, size=(5, 24)).astype(np.float32)
    return BillCalculator(use_time_of_use=True), (Tensor(kwh),)
