# case: ms.mutable list (fixed length) whose len() sets a loop count in a jit function; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit
def weighted_sum(items, weights):
    n = len(items)
    acc = items[0] * weights[0]
    for i in range(1, n):
        acc = acc + items[i] * weights[i]
    return acc / n


def make():
    items = ms.mutable([Tensor(np.ones((3,), np.float32)) for _ in range(3)])
    weights = Tensor(np.array([0.2, 0.3, 0.5], np.float32))
    return weighted_sum, (items, weights)
