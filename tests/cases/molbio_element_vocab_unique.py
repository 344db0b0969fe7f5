# case: composition features from ops.unique over atom types, embedding of the distinct elements -> dynamic shape at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CompositionEncoder(nn.Cell):
    def __init__(self, num_elements=20, dim=8):
        super().__init__()
        self.element_embed = nn.Embedding(num_elements, dim)
        self.proj = nn.Dense(dim, dim)

    def element_counts(self, atom_types):
        elements, inverse = ops.unique(atom_types)
        ones = ops.ones_like(atom_types).astype(ms.float32)
        counts = ops.unsorted_segment_sum(ones, inverse, elements.shape[0])
        return elements, counts

    def construct(self, atom_types):
        elements, counts = self.element_counts(atom_types)
        emb = self.element_embed(elements)
        frac = counts / counts.sum()
        return self.proj((emb * frac[:, None]).sum(0))


def make():
    types = Tensor(np.array([6, 6, 1, 1, 1, 8, 7, 1], dtype=np.int32))
    return CompositionEncoder(), (types,)
