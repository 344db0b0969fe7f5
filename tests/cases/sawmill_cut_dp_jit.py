# case: jit-compiled rod-cutting dynamic programme over a fixed number of length units for pricing a cant -> loops over Python ints only, static graph
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

N_UNITS = 12  # cant length in 300 mm units


@ms.jit
def best_cut_value(unit_prices):
    best = [ops.zeros((), ms.float32)]
    for length in range(1, N_UNITS + 1):
        cand = []
        for first in range(1, length + 1):
            cand.append(unit_prices[first - 1] + best[length - first])
        best.append(ops.stack(cand).max())
    return best[N_UNITS]


def make():
    np.random.seed(3201)
    prices = np.cumsum(np.random.rand(N_UNITS).astype(np.float32) * 5 + 1)
    return best_cut_value, (Tensor(prices),)
