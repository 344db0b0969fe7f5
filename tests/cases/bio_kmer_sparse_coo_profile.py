# case: builds a sparse COO k-mer count matrix from observed (read, kmer) index pairs and multiplies it with dense k-mer embeddings -> sparse tensor in construct, may fail in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseKmerProfile(nn.Cell):
    def __init__(self, n_reads=3, vocab=16, dim=4):
        super().__init__()
        self.shape = (n_reads, vocab)
        self.kmer_embed = ms.Parameter(Tensor(np.random.randn(vocab, dim).astype(np.float32)), name="kmer_embed")

    def construct(self, indices, counts):
        profile = COOTensor(indices, counts, self.shape)
        dense = profile.to_dense()
        totals = dense.sum(axis=1, keepdims=True)
        return ops.matmul(dense / totals, self.kmer_embed)


def make():
    np.random.seed(24)
    idx = np.array([[0, 1], [0, 5], [1, 3], [1, 5], [2, 15], [2, 0]], dtype=np.int32)
    counts = np.array([2.0, 1.0, 3.0, 1.0, 4.0, 1.0], dtype=np.float32)
    return SparseKmerProfile(), (Tensor(idx), Tensor(counts))
