# case: coupon rule counts distinct product ids in a basket by adding int(item) to a Python set inside construct -> set and int() on tensor elements, not supported in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VarietyCoupon(nn.Cell):
    def __init__(self, min_distinct=4, pct=0.2):
        super().__init__()
        self.min_distinct = min_distinct
        self.pct = pct

    def count_distinct(self, basket):
        seen = set()
        for item in basket:
            seen.add(int(item))
        return len(seen)

    def construct(self, basket, total):
        if self.count_distinct(basket) >= self.min_distinct:
            return total * (1.0 - self.pct)
        return total


def make():
    np.random.seed(30)
    basket = Tensor(np.random.randint(0, 8, size=(7,)).astype(np.int32))
    return VarietyCoupon(), (basket, Tensor(80.0, ms.float32))
