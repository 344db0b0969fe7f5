# case: coupon engine returns only the top three line items when the cart total passes a tensor threshold, else all items -> if on tensor value with branches of different shapes, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CouponConfig:
    min_spend = 50.0
    discount = 0.15


class CouponEngine(nn.Cell):
    def __init__(self):
        super().__init__()
        self.cfg = CouponConfig()

    def discounted_lines(self, prices, qty):
        line_totals = prices * qty
        if line_totals.sum() > self.cfg.min_spend:
            top, _ = ops.topk(line_totals, 3)
            return top * (1.0 - self.cfg.discount)
        return line_totals

    def construct(self, prices, qty):
        return self.discounted_lines(prices, qty)


def make():
    np.random.seed(8)
    prices = Tensor(np.random.uniform(2, 30, size=(8,)).astype(np.float32))
    qty = Tensor(np.random.randint(1, 4, size=(8,)).astype(np.float32))
    return CouponEngine(), (prices, qty)
