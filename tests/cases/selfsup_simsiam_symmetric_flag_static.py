# case: SimSiam with config flags (symmetric loss, predictor on/off) branching on Python booleans -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SimSiam(nn.Cell):
    def __init__(self, dim=32, pred_dim=8, symmetric=True, use_predictor=True):
        super().__init__()
        self.projector = nn.SequentialCell([nn.Dense(dim, dim, has_bias=False), nn.BatchNorm1d(dim),
                                            nn.ReLU(), nn.Dense(dim, dim)])
        self.predictor = nn.SequentialCell([nn.Dense(dim, pred_dim), nn.ReLU(), nn.Dense(pred_dim, dim)])
        self.symmetric = symmetric
        self.use_predictor = use_predictor
        self.norm = ops.L2Normalize(axis=1)

    def negative_cosine(self, p, z):
        z = ops.stop_gradient(z)
        return -(self.norm(p) * self.norm(z)).sum(axis=1).mean()

    def construct(self, x1, x2):
        z1 = self.projector(x1)
        z2 = self.projector(x2)
        p1, p2 = z1, z2
        if self.use_predictor:
            p1 = self.predictor(z1)
            p2 = self.predictor(z2)
        loss = self.negative_cosine(p1, z2)
        if self.symmetric:
            loss = 0.5 * (loss + self.negative_cosine(p2, z1))
        return loss


def make():
    np.random.seed(31)
    x1 = Tensor(np.random.randn(4, 32).astype(np.float32))
    x2 = Tensor(np.random.randn(4, 32).astype(np.float32))
    return SimSiam(), (x1, x2)
