# case: excess inventory above max stock computed with relu of the difference over all SKUs -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OverstockCost(nn.Cell):
    def __init__(self, holding_cost=0.02, markdown_threshold=0.5):
        super().__init__()
        self.holding_cost = holding_cost
        self.markdown_threshold = markdown_threshold
        self.relu = nn.ReLU()

    def construct(self, inventory, max_level, unit_value):
        excess_units = self.relu(inventory - max_level)
        excess_value = excess_units * unit_value
        ratio = excess_units / ops.maximum(max_level, 1.0)
        markdown_flag = (ratio > self.markdown_threshold).astype(ms.float32)
        return excess_value.sum() * self.holding_cost, markdown_flag


def make():
    np.random.seed(19)
    n = 15
    inventory = Tensor(np.random.randint(0, 200, n).astype(np.float32))
    max_level = Tensor(np.random.randint(80, 150, n).astype(np.float32))
    unit_value = Tensor(np.random.uniform(2, 40, n).astype(np.float32))
    return OverstockCost(), (inventory, max_level, unit_value)
