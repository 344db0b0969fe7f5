# case: route-cost cell accumulates per-step costs of a multi-step retrosynthesis plan by concatenating while a tensor step counter is below the plan length -> loop-carried tensor grows, dynamic/error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RouteCostAccumulator(nn.Cell):
    def __init__(self, discount=0.9):
        super().__init__()
        self.discount = discount

    def step(self, total, cost):
        return total * self.discount + cost

    def construct(self, step_costs, n_steps):
        i = Tensor(0, ms.int32)
        acc = ops.zeros((1,), ms.float32)
        total = Tensor(0.0, ms.float32)
        while i < n_steps:
            total = self.step(total, step_costs[i])
            acc = ops.concat((acc, total.reshape(1)))
            i = i + 1
        return acc[1:]


def make():
    np.random.seed(36)
    costs = Tensor(np.abs(np.random.randn(6)).astype(np.float32))
    return RouteCostAccumulator(), (costs, Tensor(4, ms.int32))
