# case: optimizer-like relaxation cell that counts calls by writing self.n_calls += 1 and stores the last fmax on self inside construct -> attribute writes on self in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrackedRelaxStep(nn.Cell):
    def __init__(self, lr=0.02):
        super().__init__()
        self.lr = lr
        self.n_calls = 0
        self.last_fmax = None

    def forces(self, pos):
        centroid = pos.mean(axis=0, keep_dims=True)
        return -(pos - centroid) * 0.5

    def construct(self, pos):
        f = self.forces(pos)
        self.n_calls += 1
        self.last_fmax = ops.norm(f, dim=-1).max()
        return pos + self.lr * f


def make():
    np.random.seed(18)
    pos = Tensor(np.random.rand(6, 3).astype(np.float32))
    return TrackedRelaxStep(), (pos,)
