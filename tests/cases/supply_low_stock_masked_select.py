# case: pick on-hand quantities of SKUs below their reorder point with masked_select and sum the shortfall -> dynamic shape from masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReorderScanner(nn.Cell):
    def __init__(self, service_z=1.65):
        super().__init__()
        self.service_z = service_z

    def reorder_point(self, mean_demand, std_demand, lead_time):
        safety = self.service_z * std_demand * ops.sqrt(lead_time)
        return mean_demand * lead_time + safety

    def construct(self, on_hand, mean_demand, std_demand, lead_time):
        rop = self.reorder_point(mean_demand, std_demand, lead_time)
        below = on_hand < rop
        short_onhand = ops.masked_select(on_hand, below)
        short_rop = ops.masked_select(rop, below)
        shortfall = short_rop - short_onhand
        return shortfall.sum(), shortfall.shape[0]


def make():
    np.random.seed(2)
    n = 16
    on_hand = Tensor(np.random.uniform(0, 120, n).astype(np.float32))
    mean_demand = Tensor(np.random.uniform(5, 15, n).astype(np.float32))
    std_demand = Tensor(np.random.uniform(1, 4, n).astype(np.float32))
    lead_time = Tensor(np.random.randint(2, 8, n).astype(np.float32))
    return ReorderScanner(), (on_hand, mean_demand, std_demand, lead_time)
