# case: average shrinkage per clay-body type using a one-hot matrix over a fixed number of body types -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PerBodyShrinkageFixed(nn.Cell):
    def __init__(self, n_bodies=4):
        super().__init__()
        self.n_bodies = n_bodies
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, body_ids, shrink_pct):
        onehot = ops.one_hot(body_ids, self.n_bodies, self.on, self.off)
        sums = ops.matmul(shrink_pct.reshape(1, -1), onehot).reshape(-1)
        counts = onehot.sum(axis=0)
        means = sums / ops.maximum(counts, 1.0)
        present = counts > 0
        return means, present


def make():
    np.random.seed(7)
    ids = np.random.randint(0, 4, size=(20,)).astype(np.int32)
    shrink = np.random.uniform(8.0, 14.0, size=(20,)).astype(np.float32)
    return PerBodyShrinkageFixed(), (Tensor(ids), Tensor(shrink))
