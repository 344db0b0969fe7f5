# case: checkout cell accepts a coupon as either a flat Python float amount or a per-line discount tensor and branches with isinstance -> type guard resolved at compile time, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Checkout(nn.Cell):
    def __init__(self, tax_rate=0.08):
        super().__init__()
        self.tax_rate = tax_rate

    def apply_coupon(self, lines, coupon):
        if isinstance(coupon, float):
            subtotal = lines.sum(axis=-1)
            return ops.relu(subtotal - coupon)
        return (lines * (1.0 - coupon)).sum(axis=-1)

    def construct(self, lines, coupon):
        return self.apply_coupon(lines, coupon) * (1.0 + self.tax_rate)


def make():
    np.random.seed(37)
    lines = Tensor(np.random.uniform(3, 25, size=(2, 5)).astype(np.float32))
    return Checkout(), (lines, 7.5)
