# case: replenishment cell loops over range(int(days_to_restock)) applying daily demand depletion to inventory -> loop count from a tensor value, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InventorySimulator(nn.Cell):
    def __init__(self, safety_stock=5.0):
        super().__init__()
        self.safety_stock = safety_stock

    def step(self, stock, demand):
        return ops.relu(stock - demand)

    def construct(self, stock, daily_demand, days_to_restock):
        for _ in range(int(days_to_restock)):
            stock = self.step(stock, daily_demand)
        shortfall = ops.relu(self.safety_stock - stock)
        return stock, shortfall


def make():
    np.random.seed(26)
    stock = Tensor(np.random.uniform(20, 60, size=(6,)).astype(np.float32))
    demand = Tensor(np.random.uniform(2, 8, size=(6,)).astype(np.float32))
    return InventorySimulator(), (stock, demand, Tensor(4, ms.int32))
