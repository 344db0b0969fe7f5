# case: embedding table sized by the max id seen in the batch (ids.max()+1) inside construct; table rows unknown at compile time, expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DynamicVocabEmbedding(nn.Cell):
    def __init__(self, dim=4):
        super().__init__()
        self.dim = dim

    def construct(self, ids):
        vocab = ids.max() + 1
        table = ops.ones((vocab, self.dim), ms.float32)
        return ops.gather(table, ids, 0).sum(1)


def make():
    ids = Tensor(np.random.RandomState(10).randint(0, 20, (4, 3)).astype(np.int32))
    return DynamicVocabEmbedding(), (ids,)
