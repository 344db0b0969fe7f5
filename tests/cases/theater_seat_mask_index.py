# case: box office sums ticket prices of occupied seats via boolean-mask indexing -> output size depends on occupancy values, expect dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RevenueTally(nn.Cell):
    def __init__(self, service_fee=2.5):
        super().__init__()
        self.service_fee = service_fee

    def construct(self, prices, occupancy):
        sold = occupancy > 0.5
        sold_prices = prices[sold]
        gross = sold_prices.sum() + self.service_fee * sold_prices.shape[0]
        return gross


def make():
    np.random.seed(21)
    prices = Tensor((np.random.rand(40) * 80 + 20).astype(np.float32))
    occ = Tensor(np.random.rand(40).astype(np.float32))
    return RevenueTally(), (prices, occ)
