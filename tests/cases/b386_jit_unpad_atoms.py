# case: @ms.jit collate helper flattens a padded (crystals, max_atoms, F) batch to a packed atom list by slicing each crystal to int(n_atoms[b]) atoms in a comprehension -> slice lengths from tensor data (rejected or dynamic)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MAX_ATOMS = 8


def _crystal_ids(n_atoms_list):
    return [b for b, n in enumerate(n_atoms_list) for _ in range(n)]


@ms.jit
def unpad_atoms(padded, n_atoms):
    pieces = [padded[b, :int(n_atoms[b])] for b in range(padded.shape[0])]
    packed = ops.concat(pieces, 0)
    return packed, packed.mean(0)


def make():
    np.random.seed(29)
    n_atoms = np.array([5, 8, 3], dtype=np.int32)
    padded = np.zeros((3, MAX_ATOMS, 12), np.float32)
    for b, n in enumerate(n_atoms):
        padded[b, :n] = np.random.randn(n, 12)
    assert len(_crystal_ids(n_atoms.tolist())) == n_atoms.sum()
    return unpad_atoms, (Tensor(padded), Tensor(n_atoms))
