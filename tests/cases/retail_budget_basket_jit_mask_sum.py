# case: jit function marks which sorted basket items fit a shopping budget with a fixed-size cumulative-sum mask and sums their prices -> static shapes in an ms.jit function, compiles fine
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def items_within_budget(prices, budget):
    sorted_prices, order = ops.sort(prices, axis=-1)
    running = ops.cumsum(sorted_prices, axis=-1)
    fits = (running <= budget.reshape(-1, 1)).astype(ms.float32)
    spent = (sorted_prices * fits).sum(axis=-1)
    return order, fits, spent


def make():
    np.random.seed(35)
    prices = Tensor(np.random.uniform(1, 20, size=(3, 10)).astype(np.float32))
    budget = Tensor(np.array([20.0, 35.0, 60.0], dtype=np.float32))
    return items_within_budget, (prices, budget)
