# case: price optimizer runs a while loop for a fixed Python-int number of gradient-free revenue improvement steps -> loop bound is a constant, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PriceOptimizer(nn.Cell):
    def __init__(self, steps=5, lr=0.05, elasticity=-1.5):
        super().__init__()
        self.steps = steps
        self.lr = lr
        self.elasticity = elasticity

    def marginal_revenue(self, price, base_price, base_demand):
        demand = base_demand * ops.pow(price / base_price, self.elasticity)
        return demand * (1.0 + self.elasticity)

    def construct(self, base_price, base_demand, unit_cost):
        price = base_price
        step = 0
        while step < self.steps:
            grad = self.marginal_revenue(price, base_price, base_demand) - unit_cost
            price = ops.maximum(price + self.lr * grad, unit_cost)
            step += 1
        return price


def make():
    np.random.seed(39)
    base_price = Tensor(np.random.uniform(8, 15, size=(4,)).astype(np.float32))
    base_demand = Tensor(np.random.uniform(1, 3, size=(4,)).astype(np.float32))
    cost = Tensor(np.random.uniform(3, 6, size=(4,)).astype(np.float32))
    return PriceOptimizer(), (base_price, base_demand, cost)
