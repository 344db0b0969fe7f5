# case: excess inventory of SKUs above max stock level selected with boolean-mask indexing inv[inv > cap] -> dynamic shape from boolean indexing
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OverstockReport(nn.Cell):
    def __init__(self, holding_cost=0.02):
        super().__init__()
        self.holding_cost = holding_cost

    def construct(self, inventory, max_level, unit_value):
        over = inventory > max_level
        excess_units = inventory[over] - max_level[over]
        excess_value = excess_units * unit_value[over]
        weekly_cost = excess_value.sum() * self.holding_cost
        return weekly_cost, excess_units


def make():
    np.random.seed(18)
    n = 15
    inventory = Tensor(np.random.randint(0, 200, n).astype(np.float32))
    max_level = Tensor(np.random.randint(80, 150, n).astype(np.float32))
    unit_value = Tensor(np.random.uniform(2, 40, n).astype(np.float32))
    return OverstockReport(), (inventory, max_level, unit_value)
