# case: counts swarm members above the battery reserve, then loops `for i in range(int(n_ok))` appending their sorted positions to a list and stacks it -> int() of a tensor as a loop bound with list growth fails in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HealthySubSwarm(nn.Cell):
    def __init__(self, reserve=0.25):
        super().__init__()
        self.reserve = reserve

    def construct(self, positions, soc):
        ok = soc > self.reserve
        n_ok = ok.astype(ms.int32).sum()
        order = ops.argsort(-soc)
        picked = []
        for i in range(int(n_ok)):
            picked.append(positions[order[i]])
        group = ops.stack(picked)
        return group.mean(axis=0), group


def make():
    np.random.seed(41)
    pos = np.random.uniform(-10, 10, size=(8, 3)).astype(np.float32)
    soc = np.random.uniform(0.05, 0.9, size=(8,)).astype(np.float32)
    return HealthySubSwarm(), (Tensor(pos), Tensor(soc))
