# case: greedy unit commitment that commits cheapest generators one by one while demand is unmet, appending committed unit indices to a list -> error or dynamic (data-dependent list growth)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GreedyCommitment(nn.Cell):
    def __init__(self, n_units=8):
        super().__init__()
        self.n_units = n_units

    def construct(self, capacity, cost, demand):
        _, order = ops.sort(cost)
        committed = []
        supplied = Tensor(0.0, ms.float32)
        i = 0
        while supplied < demand:
            unit = order[i]
            supplied = supplied + capacity[unit]
            committed.append(unit)
            i += 1
        return ops.stack(committed), supplied


def make():
    np.random.seed(18)
    cap = Tensor(np.random.uniform(50, 200, size=(8,)).astype(np.float32))
    cost = Tensor(np.random.uniform(20, 90, size=(8,)).astype(np.float32))
    demand = Tensor(np.array(420.0, dtype=np.float32))
    return GreedyCommitment(), (cap, cost, demand)
