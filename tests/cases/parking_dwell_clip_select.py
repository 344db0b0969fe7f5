# case: compute billable dwell with grace period using ops.select instead of a Python branch on tensors -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BillableDwell(nn.Cell):
    def __init__(self, grace_min=10.0, max_bill_min=600.0, rate_per_hour=2.5):
        super().__init__()
        self.grace = grace_min
        self.max_bill = max_bill_min
        self.rate = rate_per_hour

    def construct(self, entry_min, exit_min):
        dwell = exit_min - entry_min
        in_grace = dwell <= self.grace
        billable = ops.select(in_grace, ops.zeros_like(dwell), dwell)
        billable = ops.clamp(billable, 0.0, self.max_bill)
        fee = ops.ceil(billable / 60.0) * self.rate
        return billable, fee


def make():
    np.random.seed(7)
    entry = np.random.uniform(0, 300, 18).astype(np.float32)
    exit_ = entry + np.random.uniform(0, 400, 18).astype(np.float32)
    return BillableDwell(), (Tensor(entry), Tensor(exit_))
