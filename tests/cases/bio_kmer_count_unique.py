# case: encodes DNA 3-mers as integers and counts distinct k-mers with ops.unique -> dynamic shape from unique
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KmerEncoder(nn.Cell):
    def __init__(self, k=3, alphabet=4):
        super().__init__()
        self.k = k
        self.alphabet = alphabet

    def construct(self, seq):
        n = seq.shape[0] - self.k + 1
        code = ops.zeros((n,), ms.int32)
        for i in range(self.k):
            code = code * self.alphabet + seq[i:i + n]
        return code


class DistinctKmerCounter(nn.Cell):
    def __init__(self, k=3):
        super().__init__()
        self.encoder = KmerEncoder(k)

    def construct(self, seq):
        codes = self.encoder(seq)
        kmers, idx = ops.unique(codes)
        counts = ops.zeros(kmers.shape, ms.float32)
        counts = ops.tensor_scatter_elements(counts, idx, ops.ones_like(idx).astype(ms.float32), axis=0, reduction="add")
        return kmers, counts


def make():
    np.random.seed(0)
    seq = Tensor(np.random.randint(0, 4, size=(24,)).astype(np.int32))
    return DistinctKmerCounter(k=3), (seq,)
