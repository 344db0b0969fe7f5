# case: coupon eligibility cell wraps the rule evaluation in try/except to fall back to no discount -> try statement inside construct, not supported in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CouponRule(nn.Cell):
    def __init__(self, min_items=3, pct=0.1):
        super().__init__()
        self.min_items = min_items
        self.pct = pct

    def construct(self, cart_total, n_items):
        try:
            eligible = (n_items >= self.min_items).astype(ms.float32)
            discount = cart_total * self.pct * eligible
        except ValueError:
            discount = ops.zeros_like(cart_total)
        return cart_total - discount


def make():
    np.random.seed(18)
    totals = Tensor(np.random.uniform(10, 120, size=(5,)).astype(np.float32))
    n_items = Tensor(np.random.randint(1, 7, size=(5,)).astype(np.int32))
    return CouponRule(), (totals, n_items)
