# case: conformer encoder crops atoms to a length taken from the position tensor's shape (looks like data, is a shape) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MAX_Z = 20


def max_real_atoms(positions):
    return positions.shape[1]


class EmbeddingConfig:
    n_atom_basis = 16
    crop_padding = True


class AtomEmbedding(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embedding = nn.Embedding(MAX_Z, config.n_atom_basis, padding_idx=0)
        self.crop_padding = config.crop_padding

    def construct(self, atomic_numbers, positions):
        if self.crop_padding:
            n = max_real_atoms(positions)
            atomic_numbers = atomic_numbers[:, :n]
        h = self.embedding(atomic_numbers)
        mask = (atomic_numbers > 0).astype(ms.float32)
        centroid = (positions * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
        return h, positions - centroid[:, None, :]


def make():
    np.random.seed(6)
    z = np.zeros((3, 12), np.int32)
    for i, c in enumerate([5, 8, 7]):
        z[i, :c] = np.random.randint(1, MAX_Z, size=c)
    pos = np.random.randn(3, 8, 3).astype(np.float32)
    return AtomEmbedding(EmbeddingConfig()), (Tensor(z), Tensor(pos))
