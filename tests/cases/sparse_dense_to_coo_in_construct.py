# case: converts a thresholded dense similarity matrix to COO inside construct (nnz from data); expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SimilarityGraph(nn.Cell):
    def __init__(self, threshold=0.5):
        super().__init__()
        self.threshold = threshold

    def construct(self, feats):
        f = ops.L2Normalize(axis=-1)(feats)
        sim = ops.matmul(f, f.T)
        sim = sim * (sim > self.threshold).astype(ms.float32)
        coo = ops.dense_to_sparse_coo(sim)
        return coo.values.sum(), coo.indices.shape[0]


def make():
    feats = Tensor(np.random.RandomState(15).randn(10, 6).astype(np.float32))
    return SimilarityGraph(), (feats,)
