# case: a Cell keeps a copy of a module dict (dict(TABLE) when no table is given) and reads it at int() of an argmax
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CLASS_COST = {0: 1.0, 1: 2.0, 2: 0.5}


class CostWeighted(nn.Cell):
    def __init__(self, costs=None, part=1):
        super().__init__()
        self.costs = dict(CLASS_COST) if costs is None else costs
        self.part = part

    def construct(self, logits, loss):
        k = int(logits.sum(axis=0).argmax())
        return self.costs[k] * loss.mean()


def make():
    np.random.seed(5)
    return CostWeighted(), (Tensor(np.random.rand(4, 3).astype(np.float32)), Tensor(np.random.rand(4).astype(np.float32)))
