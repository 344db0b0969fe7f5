# case: COOTensor input with duplicate indices coalesced in construct (coo.coalesce()) and its values read; merged nnz is data-dependent -> dynamic at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class MergeEdges(nn.Cell):
    def construct(self, edges):
        merged = edges.coalesce()
        weights = merged.values * 2.0
        return weights, merged.indices


def make():
    idx = Tensor(np.array([[0, 1], [0, 1], [2, 2], [1, 0]], np.int64))
    val = Tensor(np.array([1.0, 2.0, 3.0, 4.0], np.float32))
    return MergeEdges(), (COOTensor(idx, val, (3, 3)),)
