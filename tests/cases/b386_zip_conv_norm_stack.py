# case: CGCNN trunk iterates zip(self.convs, self.norms) over nn.CellLists with enumerate-driven residual scaling, segment-summing gated messages per atom -> fixed layer loop, compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShiftedSoftplus(nn.Cell):
    def __init__(self):
        super().__init__()
        self.shift = float(np.log(2.0))

    def construct(self, x):
        return ops.softplus(x) - self.shift


class CGCNNConfig:
    def __init__(self, atom_dim=16, edge_dim=12, n_conv=3, residual_scale=0.5, use_batchnorm=False):
        self.atom_dim = atom_dim
        self.edge_dim = edge_dim
        self.n_conv = n_conv
        self.residual_scale = residual_scale
        self.use_batchnorm = use_batchnorm


class GatedConv(nn.Cell):
    def __init__(self, atom_dim, edge_dim):
        super().__init__()
        self.fc = nn.Dense(2 * atom_dim + edge_dim, 2 * atom_dim)
        self.sigmoid = nn.Sigmoid()
        self.softplus = ShiftedSoftplus()

    def construct(self, h, e, src, dst):
        z = ops.concat([ops.gather(h, src, 0), ops.gather(h, dst, 0), e], -1)
        filt, core = ops.split(self.fc(z), h.shape[-1], -1)
        msg = self.sigmoid(filt) * self.softplus(core)
        return ops.unsorted_segment_sum(msg, src, h.shape[0])


class CGCNNTrunk(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.scale = config.residual_scale
        self.convs = nn.CellList([GatedConv(config.atom_dim, config.edge_dim) for _ in range(config.n_conv)])
        norm_cls = nn.BatchNorm1d if config.use_batchnorm else nn.LayerNorm
        norm_arg = config.atom_dim if config.use_batchnorm else (config.atom_dim,)
        self.norms = nn.CellList([norm_cls(norm_arg) for _ in range(config.n_conv)])

    def construct(self, h, e, src, dst):
        for i, (conv, norm) in enumerate(zip(self.convs, self.norms)):
            scale = self.scale ** i
            h = h + scale * norm(conv(h, e, src, dst))
        return h


def make():
    np.random.seed(18)
    n, nbr = 10, 4
    h = Tensor(np.random.randn(n, 16).astype(np.float32))
    e = Tensor(np.random.randn(n * nbr, 12).astype(np.float32))
    src = Tensor(np.repeat(np.arange(n), nbr).astype(np.int32))
    dst = Tensor(np.random.randint(0, n, size=n * nbr).astype(np.int32))
    return CGCNNTrunk(CGCNNConfig()), (h, e, src, dst)
