# case: simulates a fixed number of restocking days with a while loop on a Python int counter, updating inventory tensors -> loop bound is a Python constant, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RestockSimulator(nn.Cell):
    def __init__(self, days=5, reorder_point=30.0, order_qty=50.0):
        super().__init__()
        self.days = days
        self.reorder_point = reorder_point
        self.order_qty = order_qty

    def construct(self, stock, daily_demand):
        day = 0
        orders = ops.zeros_like(stock)
        while day < self.days:
            stock = ops.relu(stock - daily_demand[day])
            need = (stock < self.reorder_point).astype(stock.dtype)
            stock = stock + need * self.order_qty
            orders = orders + need
            day += 1
        return stock, orders


def make():
    np.random.seed(34)
    stock = Tensor(np.random.uniform(20, 80, size=(4,)).astype(np.float32))
    demand = Tensor(np.random.uniform(5, 25, size=(5, 4)).astype(np.float32))
    return RestockSimulator(), (stock, demand)
