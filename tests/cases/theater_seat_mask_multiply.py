# case: box office sums ticket prices of occupied seats by multiplying with a float occupancy mask -> static shapes, expect Graph mode fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RevenueTally(nn.Cell):
    def __init__(self, service_fee=2.5, threshold=0.5):
        super().__init__()
        self.service_fee = service_fee
        self.threshold = threshold

    def sold_mask(self, occupancy):
        return (occupancy > self.threshold).astype(ms.float32)

    def construct(self, prices, occupancy):
        mask = self.sold_mask(occupancy)
        sold_prices = prices * mask
        n_sold = mask.sum()
        gross = sold_prices.sum() + self.service_fee * n_sold
        return gross, n_sold


def make():
    np.random.seed(22)
    prices = Tensor((np.random.rand(40) * 80 + 20).astype(np.float32))
    occ = Tensor(np.random.rand(40).astype(np.float32))
    return RevenueTally(), (prices, occ)
