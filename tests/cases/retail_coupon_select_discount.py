# case: coupon engine applies a discount to all line items with ops.select when the cart total passes the threshold -> same shapes either way, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CouponConfig:
    min_spend = 50.0
    discount = 0.15


class CouponEngine(nn.Cell):
    def __init__(self, stackable=False):
        super().__init__()
        self.cfg = CouponConfig()
        self.stackable = stackable

    def construct(self, prices, qty, member_flag):
        line_totals = prices * qty
        eligible = line_totals.sum(axis=1, keepdims=True) > self.cfg.min_spend
        eligible = ops.broadcast_to(eligible, line_totals.shape)
        discounted = line_totals * (1.0 - self.cfg.discount)
        out = ops.select(eligible, discounted, line_totals)
        if self.stackable:
            out = ops.where(member_flag.reshape(-1, 1) > 0, out * 0.95, out)
        return out


def make():
    np.random.seed(9)
    prices = Tensor(np.random.uniform(2, 30, size=(3, 8)).astype(np.float32))
    qty = Tensor(np.random.randint(1, 4, size=(3, 8)).astype(np.float32))
    member = Tensor(np.array([1, 0, 1], dtype=np.int32))
    return CouponEngine(stackable=True), (prices, qty, member)
