# case: stoplist loudness planner uses len(), max() and zip over Python tuples of stop footages from __init__ inside construct -> builtins on constants only, expected to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

GREAT_STOPLIST = (("Open Diapason", 8.0), ("Principal", 4.0), ("Fifteenth", 2.0),
                  ("Twelfth", 2.6667), ("Trumpet", 8.0))


class StoplistPlanner(nn.Cell):
    def __init__(self, stoplist=GREAT_STOPLIST):
        super().__init__()
        self.names = tuple(name for name, _ in stoplist)
        self.footages = tuple(ft for _, ft in stoplist)
        self.n_stops = len(stoplist)

    def construct(self, drawn):
        longest = max(self.footages)
        weights = []
        for name, ft in zip(self.names, self.footages):
            weights.append(ops.scalar_to_tensor(ft / longest, ms.float32))
        w = ops.stack(weights)
        return (drawn * w).sum(axis=-1) / len(self.names)


def make():
    np.random.seed(347)
    drawn = (np.random.rand(3, 5) > 0.5).astype(np.float32)
    return StoplistPlanner(), (Tensor(drawn),)
