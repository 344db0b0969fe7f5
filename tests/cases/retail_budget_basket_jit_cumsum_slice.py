# case: jit function keeps the cheapest basket items that fit a shopping budget by slicing sorted prices up to a count computed from a cumulative sum -> slice end from tensor value in an ms.jit function
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def items_within_budget(prices, budget):
    sorted_prices, order = ops.sort(prices)
    running = ops.cumsum(sorted_prices, axis=0)
    n_fit = (running <= budget).astype(ms.int32).sum()
    chosen = order[:n_fit]
    return chosen, sorted_prices[:n_fit].sum()


def make():
    np.random.seed(34)
    prices = Tensor(np.random.uniform(1, 20, size=(10,)).astype(np.float32))
    budget = Tensor(35.0, ms.float32)
    return items_within_budget, (prices, budget)
