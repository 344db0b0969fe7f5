# case: cut-pattern nesting, pattern-to-hide-zone overlap kept as a CSR matrix and multiplied by zone quality to score each pattern placement -> sparse CSRTensor and sparse matmul in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NestingScorer(nn.Cell):
    def __init__(self, n_patterns=6, n_zones=10):
        super().__init__()
        self.shape = (n_patterns, n_zones)

    def construct(self, indptr, zone_idx, overlap, zone_quality):
        overlap_csr = ms.CSRTensor(indptr, zone_idx, overlap, self.shape)
        score = overlap_csr.mv(zone_quality)
        return score


def make():
    np.random.seed(3089)
    dense = (np.random.rand(6, 10) > 0.6) * np.random.rand(6, 10)
    dense = dense.astype(np.float32)
    nz = np.nonzero(dense)
    indptr = np.zeros(7, np.int32)
    for r in nz[0]:
        indptr[r + 1] += 1
    indptr = np.cumsum(indptr).astype(np.int32)
    quality = np.random.rand(10, 1).astype(np.float32)
    return NestingScorer(), (Tensor(indptr), Tensor(nz[1].astype(np.int32)),
                             Tensor(dense[nz]), Tensor(quality))
