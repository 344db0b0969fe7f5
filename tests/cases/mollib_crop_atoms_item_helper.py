# case: conformer encoder crops the padded atom axis to the largest real molecule via a .item() in a helper -> dynamic slice
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MAX_Z = 20


def max_real_atoms(num_atoms):
    return int(num_atoms.max().item())


class EmbeddingConfig:
    n_atom_basis = 16
    crop_padding = True


class AtomEmbedding(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embedding = nn.Embedding(MAX_Z, config.n_atom_basis, padding_idx=0)
        self.crop_padding = config.crop_padding

    def construct(self, atomic_numbers, num_atoms):
        if self.crop_padding:
            n = max_real_atoms(num_atoms)
            atomic_numbers = atomic_numbers[:, :n]
        h = self.embedding(atomic_numbers)
        return h, (atomic_numbers > 0).astype(ms.float32)


def make():
    np.random.seed(5)
    z = np.zeros((3, 12), np.int32)
    counts = np.array([5, 8, 7], np.int32)
    for i, c in enumerate(counts):
        z[i, :c] = np.random.randint(1, MAX_Z, size=c)
    return AtomEmbedding(EmbeddingConfig()), (Tensor(z), Tensor(counts))
