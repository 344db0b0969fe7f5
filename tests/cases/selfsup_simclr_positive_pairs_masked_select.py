# case: SimCLR NT-Xent that extracts positive logits with masked_select on the pair mask -> dynamic shape at line 33
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProjectionHead(nn.Cell):
    def __init__(self, in_dim=32, hidden=32, out_dim=16):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(in_dim, hidden), nn.BatchNorm1d(hidden), nn.ReLU(),
                                      nn.Dense(hidden, out_dim)])

    def construct(self, x):
        return self.net(x)


class SimCLRLoss(nn.Cell):
    def __init__(self, temperature=0.5):
        super().__init__()
        self.temperature = temperature
        self.head = ProjectionHead()
        self.norm = ops.L2Normalize(axis=1)

    def pair_mask(self, n):
        idx = ops.arange(2 * n)
        partner = (idx + n) % (2 * n)
        return ops.equal(idx.expand_dims(1), partner.expand_dims(0))

    def construct(self, view1, view2):
        n = view1.shape[0]
        z = self.norm(self.head(ops.concat((view1, view2), axis=0)))
        sim = ops.matmul(z, z.T) / self.temperature
        pos = ops.masked_select(sim, self.pair_mask(n))
        self_mask = ops.eye(2 * n, 2 * n, ms.bool_)
        sim = ops.masked_fill(sim, self_mask, -1e9)
        return (ops.logsumexp(sim, 1) - pos).mean()


def make():
    np.random.seed(8)
    v1 = Tensor(np.random.randn(4, 32).astype(np.float32))
    v2 = Tensor(np.random.randn(4, 32).astype(np.float32))
    return SimCLRLoss(), (v1, v2)
