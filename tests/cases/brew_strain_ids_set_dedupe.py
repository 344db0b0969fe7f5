# case: counts distinct yeast strains in a mixed-culture sample by building a Python set from the strain-id tensor elements inside construct -> set of tensor values, not supported or host-bound in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StrainDiversity(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, strain_ids, counts):
        seen = set()
        for s in strain_ids:
            seen.add(int(s))
        n_strains = len(seen)
        share = counts / counts.sum()
        return share, n_strains


def make():
    np.random.seed(38)
    ids = np.array([2, 5, 2, 8, 5, 2], dtype=np.int32)
    counts = np.random.randint(10, 100, size=6).astype(np.float32)
    return StrainDiversity(), (Tensor(ids), Tensor(counts))
