# case: deduplicates token ids with ops.unique before an embedding lookup, producing a data-dependent vocabulary size, so expect dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UniqueEmbed(nn.Cell):
    def __init__(self, vocab=20, dim=4):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)

    def construct(self, ids):
        uniq, inv = ops.unique(ids)
        vecs = self.emb(uniq)
        return ops.gather(vecs, inv, 0)


def make():
    ids = Tensor(np.array([3, 5, 3, 7, 5, 1], np.int32))
    return UniqueEmbed(), (ids,)
