# case: atomwise energy readout drops padded atoms with boolean-mask indexing inside a shared mixin helper -> dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReadoutConfig:
    def __init__(self, n_atom_basis=32, aggregation="sum", return_dict=False):
        self.n_atom_basis = n_atom_basis
        self.aggregation = aggregation
        self.return_dict = return_dict


class PaddingMixin:
    def strip_padding(self, x, atom_mask):
        # flatten batch x atoms and keep only real atoms
        flat = x.reshape(-1, x.shape[-1])
        return flat[atom_mask.reshape(-1)]


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
        atoms = self.strip_padding(h, atom_mask)
        y_atom = self.out_net(atoms)
        energy = y_atom.sum() if self.aggregation == "sum" else y_atom.mean()
        return energy, y_atom


def make():
    np.random.seed(3)
    h = Tensor(np.random.randn(2, 9, 32).astype(np.float32))
    mask = np.ones((2, 9), bool)
    mask[0, 6:] = False
    return AtomwiseReadout(ReadoutConfig()), (h, Tensor(mask))
