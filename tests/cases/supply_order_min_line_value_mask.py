# case: purchase order value counting only lines above a minimum value via a multiplied float mask, EOQ per SKU with ops.sqrt -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EoqOrderValue(nn.Cell):
    def __init__(self, min_line_value=25.0, ordering_cost=60.0, holding_rate=0.25):
        super().__init__()
        self.min_line_value = min_line_value
        self.ordering_cost = ordering_cost
        self.holding_rate = holding_rate

    def eoq(self, annual_demand, unit_cost):
        return ops.sqrt(2.0 * annual_demand * self.ordering_cost / (self.holding_rate * unit_cost))

    def construct(self, annual_demand, unit_cost):
        qty = ops.round(self.eoq(annual_demand, unit_cost))
        line_values = qty * unit_cost
        keep = (line_values >= self.min_line_value).astype(ms.float32)
        return qty * keep, (line_values * keep).sum()


def make():
    np.random.seed(32)
    demand = Tensor(np.random.randint(50, 2000, 8).astype(np.float32))
    cost = Tensor(np.random.uniform(1, 10, 8).astype(np.float32))
    return EoqOrderValue(), (demand, cost)
