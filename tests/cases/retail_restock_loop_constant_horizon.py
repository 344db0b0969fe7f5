# case: replenishment cell simulates a fixed constructor horizon of days, adding an order on restock day via a tensor comparison mask -> constant loop bound, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InventorySimulator(nn.Cell):
    def __init__(self, horizon=6, order_qty=30.0):
        super().__init__()
        self.horizon = horizon
        self.order_qty = order_qty

    def construct(self, stock, daily_demand, restock_day):
        levels = []
        for day in range(self.horizon):
            arrive = (restock_day == day).astype(ms.float32)
            stock = ops.relu(stock - daily_demand) + arrive * self.order_qty
            levels.append(stock)
        return ops.stack(levels, axis=0)


def make():
    np.random.seed(27)
    stock = Tensor(np.random.uniform(20, 60, size=(6,)).astype(np.float32))
    demand = Tensor(np.random.uniform(2, 8, size=(6,)).astype(np.float32))
    restock = Tensor(np.random.randint(0, 6, size=(6,)).astype(np.int32))
    return InventorySimulator(), (stock, demand, restock)
