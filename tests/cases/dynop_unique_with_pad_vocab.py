# case: embedding dedup with P.UniqueWithPad, which keeps the input length (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from mindspore.ops import operations as P


class DedupEmbeddingPad(nn.Cell):
    def __init__(self, vocab=30, dim=6):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.unique_pad = P.UniqueWithPad()
        self.pad_id = Tensor(0, ms.int32)

    def construct(self, ids):
        flat = ids.reshape(-1)
        uniq, inverse = self.unique_pad(flat, self.pad_id)
        table = self.embed(uniq)
        return ops.gather(table, inverse, 0).reshape(ids.shape[0], ids.shape[1], -1)


def make():
    return DedupEmbeddingPad(), (Tensor(np.array([[1, 4, 4], [7, 1, 2]], np.int32)),)
