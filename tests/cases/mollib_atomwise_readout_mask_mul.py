# case: atomwise readout multiplies per-atom energies by the padding mask and sums per molecule -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReadoutConfig:
    def __init__(self, n_atom_basis=32, aggregation="avg", return_dict=False):
        self.n_atom_basis = n_atom_basis
        self.aggregation = aggregation
        self.return_dict = return_dict


class PaddingMixin:
    def masked_sum(self, x, atom_mask):
        return (x * atom_mask[..., None]).sum(axis=1)


class AtomwiseReadout(nn.Cell, PaddingMixin):
    def __init__(self, config):
        super().__init__()
        self.aggregation = config.aggregation
        self.return_dict = config.return_dict
        self.out_net = nn.SequentialCell(
            nn.Dense(config.n_atom_basis, config.n_atom_basis // 2),
            nn.Tanh(),
            nn.Dense(config.n_atom_basis // 2, 1),
        )

    def construct(self, h, atom_mask):
        y_atom = self.out_net(h)
        y = self.masked_sum(y_atom, atom_mask)
        if self.aggregation == "avg":
            n_atoms = ops.maximum(atom_mask.sum(axis=1, keepdims=True), 1.0)
            y = y / n_atoms
        if self.return_dict:
            return {"energy": y, "atomwise": y_atom}
        return y, y_atom


def make():
    np.random.seed(4)
    h = Tensor(np.random.randn(2, 9, 32).astype(np.float32))
    mask = np.ones((2, 9), np.float32)
    mask[0, 6:] = 0.0
    return AtomwiseReadout(ReadoutConfig()), (h, Tensor(mask))
