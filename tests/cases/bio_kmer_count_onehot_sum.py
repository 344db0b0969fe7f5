# case: counts all 4**k k-mers of a batch of DNA reads with one_hot and sum over a fixed vocabulary -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KmerSpectrum(nn.Cell):
    """Fixed-size k-mer frequency spectrum for each read."""

    def __init__(self, k=2, alphabet=4, normalize=True):
        super().__init__()
        self.k = k
        self.alphabet = alphabet
        self.vocab = alphabet ** k
        self.normalize = normalize

    def encode(self, reads):
        n = reads.shape[1] - self.k + 1
        code = ops.zeros((reads.shape[0], n), ms.int32)
        for i in range(self.k):
            code = code * self.alphabet + reads[:, i:i + n]
        return code

    def construct(self, reads):
        codes = self.encode(reads)
        onehot = ops.one_hot(codes, self.vocab, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        counts = onehot.sum(axis=1)
        if self.normalize:
            counts = counts / counts.sum(axis=-1, keepdims=True)
        return counts


def make():
    np.random.seed(1)
    reads = Tensor(np.random.randint(0, 4, size=(3, 20)).astype(np.int32))
    return KmerSpectrum(k=2), (reads,)
