# case: protein embedding pooled over the true length read with int() from a lengths tensor and used as a slice bound -> host conversion of a tensor to a Python int, error or dynamic in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProteinLengthPool(nn.Cell):
    def __init__(self, n_residues=25, dim=8):
        super().__init__()
        self.embed = nn.Embedding(n_residues, dim)
        self.proj = nn.Dense(dim, dim)

    def construct(self, tokens, length):
        emb = self.embed(tokens)
        n = int(length)
        real = emb[:n]
        pooled = real.mean(axis=0)
        return self.proj(pooled.expand_dims(0))


def make():
    np.random.seed(8)
    tokens = Tensor(np.random.randint(0, 25, size=(16,)).astype(np.int32))
    length = Tensor(np.array(11, dtype=np.int32))
    return ProteinLengthPool(), (tokens, length)
