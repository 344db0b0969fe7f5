# case: (s, S) inventory simulation over a horizon read from demand_path.shape with ops.where reorders -> static graph with unrolled loop
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SsSimulator(nn.Cell):
    def __init__(self, reorder_point=40.0, order_up_to=120.0, holding=0.1):
        super().__init__()
        self.s = reorder_point
        self.S = order_up_to
        self.holding = holding

    def step(self, stock, demand):
        stock = stock - demand
        reorder = stock < self.s
        return ops.where(reorder, ops.full_like(stock, self.S), stock), reorder.astype(ms.float32)

    def construct(self, initial_stock, demand_path):
        stock = initial_stock
        orders = ops.zeros_like(initial_stock)
        cost = ops.zeros_like(initial_stock)
        for d in range(demand_path.shape[1]):
            stock, placed = self.step(stock, demand_path[:, d])
            orders = orders + placed
            cost = cost + ops.relu(stock) * self.holding
        return stock, orders, cost


def make():
    np.random.seed(30)
    init = Tensor(np.full(4, 100.0, dtype=np.float32))
    demand = Tensor(np.random.poisson(12, size=(4, 14)).astype(np.float32))
    return SsSimulator(), (init, demand)
