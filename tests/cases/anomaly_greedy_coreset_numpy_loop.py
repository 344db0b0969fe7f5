# case: greedy k-center coreset selection done with .asnumpy() and NumPy inside construct -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GreedyCoreset(nn.Cell):
    """k-center greedy subsampling of a patch memory bank."""

    def __init__(self, n_select=6, proj_dim=8):
        super().__init__()
        self.n_select = n_select
        rng = np.random.RandomState(0)
        self.proj = Tensor(rng.randn(16, proj_dim).astype(np.float32))

    def construct(self, features):
        reduced = ops.matmul(features, self.proj)
        selected = [0]
        min_dist = ops.norm(reduced - reduced[0:1], dim=1)
        for _ in range(self.n_select - 1):
            idx = int(np.argmax(min_dist.asnumpy()))
            selected.append(idx)
            d = ops.norm(reduced - reduced[idx:idx + 1], dim=1)
            min_dist = ops.minimum(min_dist, d)
        index = Tensor(selected, ms.int32)
        return ops.gather(features, index, 0)


def make():
    np.random.seed(3)
    feats = np.random.randn(40, 16).astype(np.float32)
    return GreedyCoreset(), (Tensor(feats),)
