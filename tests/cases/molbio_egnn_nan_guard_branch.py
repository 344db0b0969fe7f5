# case: EGNN coordinate update whose NaN guard replaces the per-atom update with a (1, 3) zero tensor in a tensor-valued if -> compile error at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EquivariantCoordUpdate(nn.Cell):
    def __init__(self, dim=8, hidden=16, coord_scale=0.1):
        super().__init__()
        self.edge_mlp = nn.SequentialCell([nn.Dense(2 * dim + 1, hidden), nn.SiLU(), nn.Dense(hidden, 1)])
        self.coord_scale = coord_scale

    def edge_weights(self, h, x):
        n = h.shape[0]
        rel = x[:, None, :] - x[None, :, :]
        d2 = (rel ** 2).sum(-1, keepdims=True)
        hi = ops.broadcast_to(h[:, None, :], (n, n, h.shape[1]))
        hj = ops.broadcast_to(h[None, :, :], (n, n, h.shape[1]))
        w = self.edge_mlp(ops.concat((hi, hj, d2), axis=-1))
        return rel, w

    def construct(self, h, x):
        rel, w = self.edge_weights(h, x)
        delta = (rel * w).mean(1) * self.coord_scale
        if ops.isnan(delta).any():
            delta = ops.zeros((1, 3), ms.float32)
        return x + delta


def make():
    np.random.seed(11)
    h = Tensor(np.random.randn(5, 8).astype(np.float32))
    x = Tensor(np.random.randn(5, 3).astype(np.float32))
    return EquivariantCoordUpdate(), (h, x)
