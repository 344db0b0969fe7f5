# case: merge asset indices held by two sub-strategies into a Python set of ints to count distinct holdings and build an equal-weight vector -> set built from tensor values in construct, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HoldingsUnion(nn.Cell):
    def __init__(self, n_assets=10, k=3):
        super().__init__()
        self.n_assets = n_assets
        self.k = k

    def picks(self, scores):
        _, idx = ops.topk(scores, self.k)
        return idx

    def construct(self, scores_a, scores_b):
        held = set()
        for i in self.picks(scores_a):
            held.add(int(i))
        for i in self.picks(scores_b):
            held.add(int(i))
        w = np.zeros(self.n_assets, np.float32)
        for i in held:
            w[i] = 1.0 / len(held)
        return Tensor(w)


def make():
    np.random.seed(29)
    a = Tensor(np.random.randn(10).astype(np.float32))
    b = Tensor(np.random.randn(10).astype(np.float32))
    return HoldingsUnion(), (a, b)
