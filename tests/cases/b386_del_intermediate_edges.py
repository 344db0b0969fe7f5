# case: memory-conscious edge update frees the large per-edge concat tensor with `del` after the gated projection, then aggregates per atom -> del statement in construct (rejected)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EdgeUpdateConfig:
    def __init__(self, atom_dim=16, edge_dim=16, free_intermediates=True):
        self.atom_dim = atom_dim
        self.edge_dim = edge_dim
        self.free_intermediates = free_intermediates


class EdgeUpdate(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.proj = nn.Dense(2 * config.atom_dim + config.edge_dim, config.edge_dim)
        self.free_intermediates = config.free_intermediates

    def construct(self, h, e, src, dst):
        z = ops.concat([ops.gather(h, src, 0), ops.gather(h, dst, 0), e], -1)
        e_new = e + ops.silu(self.proj(z))
        if self.free_intermediates:
            del z
        agg = ops.unsorted_segment_sum(e_new, src, h.shape[0])
        return e_new, agg


def make():
    np.random.seed(28)
    n, nbr = 9, 4
    h = Tensor(np.random.randn(n, 16).astype(np.float32))
    e = Tensor(np.random.randn(n * nbr, 16).astype(np.float32))
    src = Tensor(np.repeat(np.arange(n), nbr).astype(np.int32))
    dst = Tensor(np.random.randint(0, n, size=n * nbr).astype(np.int32))
    return EdgeUpdate(EdgeUpdateConfig()), (h, e, src, dst)
