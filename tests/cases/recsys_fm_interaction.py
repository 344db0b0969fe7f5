# case: factorization machine second-order interaction over field embeddings with clipped ids; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from mindspore import ops as P


class FMLayer(nn.Cell):
    def construct(self, emb):
        square_of_sum = P.pow(emb.sum(1), 2)
        sum_of_square = P.pow(emb, 2).sum(1)
        return 0.5 * (square_of_sum - sum_of_square).sum(1, keepdims=True)


class FM(nn.Cell):
    def __init__(self, vocab=100, num_fields=6, dim=8):
        super().__init__()
        self.vocab = vocab
        self.emb = nn.Embedding(vocab, dim)
        self.lin = nn.Embedding(vocab, 1)
        self.fm = FMLayer()
        self.bias = ms.Parameter(Tensor(np.zeros((1,), np.float32)))

    def construct(self, ids):
        ids = P.clip_by_value(ids, Tensor(0, ms.int32), Tensor(self.vocab - 1, ms.int32))
        first = self.lin(ids).sum(1)
        second = self.fm(self.emb(ids))
        return P.sigmoid(first + second + self.bias)


def make():
    ids = Tensor(np.random.RandomState(11).randint(-5, 130, (8, 6)).astype(np.int32))
    return FM(), (ids,)
