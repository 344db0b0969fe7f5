# case: inventory simulation loops for range(int(horizon_days)) where the horizon is a tensor, ordering when stock drops below s -> tensor-valued loop bound in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SsPolicySimulator(nn.Cell):
    def __init__(self, reorder_point=40.0, order_up_to=120.0):
        super().__init__()
        self.s = reorder_point
        self.S = order_up_to

    def step(self, stock, demand):
        stock = stock - demand
        reorder = stock < self.s
        return ops.where(reorder, Tensor(self.S, ms.float32), stock), reorder.astype(ms.float32)

    def construct(self, initial_stock, demand_path, horizon_days):
        stock = initial_stock
        orders = ops.zeros_like(initial_stock)
        for d in range(int(horizon_days)):
            stock, placed = self.step(stock, demand_path[:, d])
            orders = orders + placed
        return stock, orders


def make():
    np.random.seed(29)
    init = Tensor(np.full(4, 100.0, dtype=np.float32))
    demand = Tensor(np.random.poisson(12, size=(4, 20)).astype(np.float32))
    horizon = Tensor(np.array(14, dtype=np.int32))
    return SsPolicySimulator(), (init, demand, horizon)
