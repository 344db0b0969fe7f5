# case: rehearsal aligner keeps a sparse CSR line-to-cue alignment matrix and multiplies it with dense cue embeddings -> CSRTensor and sparse matmul in construct, expect trouble in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseLineToCue(nn.Cell):
    def __init__(self, n_lines=5, n_cues=4):
        super().__init__()
        self.shape = (n_lines, n_cues)

    def construct(self, indptr, indices, weights, cue_emb):
        align = ms.CSRTensor(indptr, indices, weights, self.shape)
        line_emb = align.mm(cue_emb)
        return line_emb


def make():
    np.random.seed(91)
    indptr = Tensor(np.array([0, 1, 2, 4, 5, 6], dtype=np.int32))
    indices = Tensor(np.array([0, 1, 1, 2, 3, 3], dtype=np.int32))
    weights = Tensor(np.array([1.0, 0.9, 0.4, 0.6, 1.0, 0.7], dtype=np.float32))
    cue_emb = Tensor(np.random.rand(4, 16).astype(np.float32))
    return SparseLineToCue(), (indptr, indices, weights, cue_emb)
