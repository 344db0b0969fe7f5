# case: batch-local code vocabulary that remaps medical codes with ops.unique before a co-occurrence embedding -> dynamic shape at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CooccurrenceEncoder(nn.Cell):
    def __init__(self, vocab_size=100, dim=8):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, dim)

    def local_vocab(self, codes):
        flat = codes.reshape(-1)
        uniq, inverse = ops.unique(flat)
        return uniq, inverse.reshape(codes.shape)

    def construct(self, codes):
        uniq, local = self.local_vocab(codes)
        table = self.embed(uniq)
        n_local = table.shape[0]
        onehot = ops.one_hot(local, n_local, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        counts = onehot.sum(1)
        cooc = ops.matmul(counts.T, counts)
        return ops.matmul(cooc, table).mean(0)


def make():
    np.random.seed(16)
    codes = Tensor(np.random.randint(0, 20, size=(4, 5)).astype(np.int32))
    return CooccurrenceEncoder(), (codes,)
