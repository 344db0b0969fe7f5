# case: lead-time estimator wraps the division by order count in try/except ZeroDivisionError inside construct -> try statement not supported in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SupplierLeadTime(nn.Cell):
    def __init__(self, default_days=14.0):
        super().__init__()
        self.default_days = default_days

    def construct(self, total_days, n_orders):
        try:
            avg = total_days / n_orders
        except ZeroDivisionError:
            avg = ops.full_like(total_days, self.default_days)
        return ops.where(n_orders > 0, avg, self.default_days)


def make():
    np.random.seed(25)
    n_orders = Tensor(np.random.randint(1, 10, 6).astype(np.float32))
    total_days = n_orders * Tensor(np.random.uniform(5, 20, 6).astype(np.float32))
    return SupplierLeadTime(), (total_days, n_orders)
