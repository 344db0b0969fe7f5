# case: SchNet stack zips interaction blocks with per-layer cutoff modules over nn.CellList, cutoff via 3-argument ops.where -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEFAULT_CUTOFFS = (3.0, 4.0, 5.0)


class SchNetConfig:
    def __init__(self, n_atom_basis=16, n_filters=16, n_rbf=8, cutoffs=DEFAULT_CUTOFFS, max_z=12):
        self.n_atom_basis = n_atom_basis
        self.n_filters = n_filters
        self.n_rbf = n_rbf
        self.cutoffs = cutoffs
        self.max_z = max_z


class ShiftedSoftplus(nn.Cell):
    def construct(self, x):
        return ops.softplus(x) - float(np.log(2.0))


class CFConv(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.filter = nn.SequentialCell(nn.Dense(config.n_rbf, config.n_filters), ShiftedSoftplus())
        self.in2f = nn.Dense(config.n_atom_basis, config.n_filters, has_bias=False)
        self.f2out = nn.Dense(config.n_filters, config.n_atom_basis)

    def construct(self, h, rbf, fcut):
        w = self.filter(rbf) * fcut[..., None]
        x = self.in2f(h)
        return self.f2out((w * x[:, None, :, :]).sum(axis=2))


class SchNet(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embedding = nn.Embedding(config.max_z, config.n_atom_basis)
        self.blocks = nn.CellList([CFConv(config) for _ in config.cutoffs])
        self.cutoffs = config.cutoffs
        self.centers = Tensor(np.linspace(0, max(config.cutoffs), config.n_rbf).astype(np.float32))

    def construct(self, z, pos):
        d = ops.norm(pos[:, :, None, :] - pos[:, None, :, :], dim=-1)
        rbf = ops.exp(-2.0 * (d[..., None] - self.centers) ** 2)
        h = self.embedding(z)
        for i, (block, rc) in enumerate(zip(self.blocks, self.cutoffs)):
            fcut = ops.where(d < rc, 0.5 * (ops.cos(d * np.pi / rc) + 1.0), ops.zeros_like(d))
            h = h + block(h, rbf, fcut)
        return h


def make():
    np.random.seed(14)
    z = Tensor(np.random.randint(1, 12, size=(2, 8)).astype(np.int32))
    pos = Tensor(np.random.randn(2, 8, 3).astype(np.float32) * 1.5)
    return SchNet(SchNetConfig()), (z, pos)
