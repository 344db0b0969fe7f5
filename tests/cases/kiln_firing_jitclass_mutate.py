# case: firing counter kept as a @ms.jit_class instance whose attribute is incremented inside construct every time a firing is scored -> jit_class attribute mutation in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class FiringCounter:
    def __init__(self):
        self.count = 0
        self.cone_sum = 0.0


class FiringScorer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.counter = FiringCounter()
        self.dense = nn.Dense(5, 1)

    def construct(self, curve_feats):
        self.counter.count = self.counter.count + 1
        score = self.dense(curve_feats)
        return score.mean() * self.counter.count


def make():
    np.random.seed(93)
    feats = np.random.rand(3, 5).astype(np.float32)
    return FiringScorer(), (Tensor(feats),)
