# case: CGCNN conv applies DropEdge-style random edge masking only under `if self.training:` (mask multiplies messages, edge count fixed) and is compiled in eval mode -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvConfig:
    def __init__(self, atom_dim=16, edge_dim=8, edge_drop=0.1):
        self.atom_dim = atom_dim
        self.edge_dim = edge_dim
        self.edge_drop = edge_drop


class DropEdgeConv(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.edge_drop = config.edge_drop
        self.msg = nn.Dense(config.atom_dim + config.edge_dim, config.atom_dim)
        self.norm = nn.LayerNorm((config.atom_dim,))

    def _edge_mask(self, n_edges, dtype):
        keep = ops.rand((n_edges, 1)) > self.edge_drop
        return keep.astype(dtype) / (1.0 - self.edge_drop)

    def construct(self, h, e, src, dst):
        m = ops.silu(self.msg(ops.concat([ops.gather(h, dst, 0), e], -1)))
        if self.training:
            m = m * self._edge_mask(m.shape[0], m.dtype)
        agg = ops.unsorted_segment_sum(m, src, h.shape[0])
        return self.norm(h + agg)


def make():
    np.random.seed(37)
    n, nbr = 10, 6
    h = Tensor(np.random.randn(n, 16).astype(np.float32))
    e = Tensor(np.random.randn(n * nbr, 8).astype(np.float32))
    src = Tensor(np.repeat(np.arange(n), nbr).astype(np.int32))
    dst = Tensor(np.random.randint(0, n, size=n * nbr).astype(np.int32))
    net = DropEdgeConv(ConvConfig())
    net.set_train(False)
    return net, (h, e, src, dst)
