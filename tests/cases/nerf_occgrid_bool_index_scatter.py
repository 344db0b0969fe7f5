# case: samples filtered with a boolean mask (pts[valid]) before the density MLP, then scattered back with masked assignment -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseSampleField(nn.Cell):
    def __init__(self, hidden=16, bound=1.0, skip_outside=True):
        super().__init__()
        self.bound = bound
        self.skip_outside = skip_outside
        self.density_net = nn.SequentialCell([nn.Dense(3, hidden), nn.ReLU(), nn.Dense(hidden, 1)])

    def inside_box(self, pts):
        return (ops.abs(pts) <= self.bound).all(axis=-1)

    def construct(self, pts):
        flat = pts.reshape(-1, 3)
        sigma = ops.zeros((flat.shape[0],), ms.float32)
        if self.skip_outside:
            valid = self.inside_box(flat)
            valid_idx = ops.arange(flat.shape[0])[valid]
            sub = flat[valid]
            sig_sub = self.density_net(sub).squeeze(-1)
            sigma = ops.tensor_scatter_update(sigma, valid_idx[:, None], sig_sub)
        else:
            sigma = self.density_net(flat).squeeze(-1)
        return sigma.reshape(pts.shape[:-1])


def make():
    np.random.seed(17)
    pts = Tensor(np.random.uniform(-1.5, 1.5, (6, 10, 3)).astype(np.float32))
    return SparseSampleField(), (pts,)
