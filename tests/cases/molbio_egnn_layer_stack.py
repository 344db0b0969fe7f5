# case: stack of EGNN layers (dense all-pairs), equivariant coordinate update with a padding mask and optional tanh clamp -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EGNNLayer(nn.Cell):
    def __init__(self, dim=8, hidden=16, tanh=True, coords_range=10.0):
        super().__init__()
        self.phi_e = nn.SequentialCell([nn.Dense(2 * dim + 1, hidden), nn.SiLU(), nn.Dense(hidden, hidden), nn.SiLU()])
        self.phi_x = nn.Dense(hidden, 1, has_bias=False)
        self.phi_h = nn.SequentialCell([nn.Dense(dim + hidden, hidden), nn.SiLU(), nn.Dense(hidden, dim)])
        self.tanh = tanh
        self.coords_range = coords_range

    def construct(self, h, x, mask):
        b, n, d = h.shape
        rel = x[:, :, None, :] - x[:, None, :, :]
        d2 = (rel ** 2).sum(-1, keepdims=True)
        hi = ops.broadcast_to(h[:, :, None, :], (b, n, n, d))
        hj = ops.broadcast_to(h[:, None, :, :], (b, n, n, d))
        m = self.phi_e(ops.concat((hi, hj, d2), -1))
        pair_mask = (mask[:, :, None] * mask[:, None, :])[..., None]
        m = m * pair_mask
        w = self.phi_x(m)
        if self.tanh:
            w = ops.tanh(w) * self.coords_range
        x = x + (rel * w).sum(2) / (n - 1)
        h = h + self.phi_h(ops.concat((h, m.sum(2)), -1))
        return h * mask[..., None], x * mask[..., None]


class EGNN(nn.Cell):
    def __init__(self, dim=8, num_layers=3):
        super().__init__()
        self.layers = nn.CellList([EGNNLayer(dim) for _ in range(num_layers)])

    def construct(self, h, x, mask):
        for layer in self.layers:
            h, x = layer(h, x, mask)
        return h, x


def make():
    np.random.seed(23)
    h = Tensor(np.random.randn(2, 5, 8).astype(np.float32))
    x = Tensor(np.random.randn(2, 5, 3).astype(np.float32))
    mask = np.ones((2, 5), np.float32)
    mask[0, 4] = 0
    return EGNN(), (h, x, Tensor(mask))
