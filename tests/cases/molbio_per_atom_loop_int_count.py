# case: per-atom Python loop over range(int(num_atoms)) where num_atoms is an input tensor, collecting local environments -> compile error at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LocalEnvironment(nn.Cell):
    def __init__(self, dim=8, cutoff=2.0):
        super().__init__()
        self.cutoff = cutoff
        self.lin = nn.Dense(dim, dim)

    def env_of(self, i, pos, h):
        d = ops.norm(pos - pos[i], dim=-1)
        w = ops.exp(-d / self.cutoff)
        return (w[:, None] * h).sum(0)

    def construct(self, pos, h, num_atoms):
        envs = []
        for i in range(int(num_atoms)):
            envs.append(self.env_of(i, pos, h))
        return self.lin(ops.stack(envs))


def make():
    np.random.seed(18)
    pos = Tensor(np.random.randn(5, 3).astype(np.float32))
    h = Tensor(np.random.randn(5, 8).astype(np.float32))
    return LocalEnvironment(), (pos, h, Tensor(4, ms.int32))
