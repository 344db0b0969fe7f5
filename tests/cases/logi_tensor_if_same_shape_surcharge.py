# case: adds a fuel surcharge when the total route distance exceeds a threshold, using a tensor if whose branches both return the same shape -> control flow without shape change, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SurchargeCalc(nn.Cell):
    def __init__(self, threshold_km=120.0, surcharge=0.12):
        super().__init__()
        self.threshold_km = threshold_km
        self.surcharge = surcharge

    def construct(self, leg_km, base_price):
        total_km = leg_km.sum()
        if total_km > self.threshold_km:
            price = base_price * (1.0 + self.surcharge)
        else:
            price = base_price
        return price, total_km


def make():
    np.random.seed(37)
    legs = Tensor(np.random.uniform(5, 30, size=(7,)).astype(np.float32))
    price = Tensor(np.random.uniform(50, 90, size=(7,)).astype(np.float32))
    return SurchargeCalc(), (legs, price)
