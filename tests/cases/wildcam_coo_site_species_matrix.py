# case: build a sparse COOTensor site-by-species detection matrix from detection records and densify it to compute richness -> sparse tensor in graph mode, may error or be dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseSiteSpecies(nn.Cell):
    def __init__(self, num_sites=6, num_species=5):
        super().__init__()
        self.shape = (num_sites, num_species)

    def construct(self, indices, counts):
        mat = COOTensor(indices, counts, self.shape)
        dense = mat.to_dense()
        richness = (dense > 0).astype(ms.float32).sum(axis=1)
        return dense, richness


def make():
    np.random.seed(19)
    idx = np.stack([np.random.randint(0, 6, 9), np.random.randint(0, 5, 9)], axis=1)
    idx = np.unique(idx, axis=0).astype(np.int32)
    counts = np.random.randint(1, 5, size=idx.shape[0]).astype(np.float32)
    return SparseSiteSpecies(), (Tensor(idx), Tensor(counts))
