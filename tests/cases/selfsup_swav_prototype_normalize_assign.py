# case: SwAV prototypes layer that L2-normalizes its weight in place with ops.assign before scoring -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import initializer, Normal


class Prototypes(nn.Cell):
    def __init__(self, dim=16, n_prototypes=12, normalize_weights=True):
        super().__init__()
        self.weight = Parameter(initializer(Normal(0.1), (n_prototypes, dim), ms.float32), name="prototypes")
        self.normalize_weights = normalize_weights
        self.norm = ops.L2Normalize(axis=1)

    def renormalize(self):
        w = ops.stop_gradient(self.norm(self.weight))
        ops.assign(self.weight, w)
        return w

    def construct(self, z):
        if self.normalize_weights:
            self.renormalize()
        return ops.matmul(self.norm(z), self.weight.T)


class SwAVScores(nn.Cell):
    def __init__(self, in_dim=32, dim=16, n_prototypes=12):
        super().__init__()
        self.projector = nn.SequentialCell([nn.Dense(in_dim, dim), nn.ReLU(), nn.Dense(dim, dim)])
        self.prototypes = Prototypes(dim, n_prototypes)

    def construct(self, x):
        return self.prototypes(self.projector(x))


def make():
    np.random.seed(16)
    x = Tensor(np.random.randn(6, 32).astype(np.float32))
    return SwAVScores(), (x,)
