# case: occlusion contact map is stored as a sparse COO tensor of touching cusp pairs and reduced to per-tooth load -> graph mode may reject or handle the COOTensor built in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_TEETH = 16


class SparseOcclusalLoad(nn.Cell):
    def __init__(self, n_teeth=N_TEETH):
        super().__init__()
        self.shape = (n_teeth, n_teeth)
        self.ones = Tensor(np.ones((n_teeth, 1), np.float32))

    def construct(self, pair_idx, contact_force):
        contacts = ms.COOTensor(pair_idx, contact_force, self.shape)
        contacts = contacts.abs()
        per_tooth = contacts.to_dense().sum(axis=1)
        return per_tooth / (per_tooth.sum() + 1e-6)


def make():
    np.random.seed(319)
    upper = np.arange(0, 8)
    lower = np.arange(8, 16)
    idx = np.stack([upper, lower], axis=1).astype(np.int32)
    force = np.random.uniform(5, 40, 8).astype(np.float32)
    return SparseOcclusalLoad(), (Tensor(idx), Tensor(force))
