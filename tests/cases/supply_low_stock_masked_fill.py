# case: shortfall below reorder point computed with a fixed-size mask multiplied in and masked_fill -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShortfallCalculator(nn.Cell):
    def __init__(self, service_z=1.65, min_order=10.0):
        super().__init__()
        self.service_z = service_z
        self.min_order = min_order

    def reorder_point(self, mean_demand, std_demand, lead_time):
        safety = self.service_z * std_demand * ops.sqrt(lead_time)
        return mean_demand * lead_time + safety

    def construct(self, on_hand, mean_demand, std_demand, lead_time):
        rop = self.reorder_point(mean_demand, std_demand, lead_time)
        below = on_hand < rop
        gap = (rop - on_hand) * below.astype(ms.float32)
        order_qty = ops.masked_fill(ops.maximum(gap, self.min_order), ops.logical_not(below), 0.0)
        n_orders = below.astype(ms.int32).sum()
        return order_qty, n_orders


def make():
    np.random.seed(3)
    n = 16
    on_hand = Tensor(np.random.uniform(0, 120, n).astype(np.float32))
    mean_demand = Tensor(np.random.uniform(5, 15, n).astype(np.float32))
    std_demand = Tensor(np.random.uniform(1, 4, n).astype(np.float32))
    lead_time = Tensor(np.random.randint(2, 8, n).astype(np.float32))
    return ShortfallCalculator(), (on_hand, mean_demand, std_demand, lead_time)
