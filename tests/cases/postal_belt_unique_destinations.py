# case: sorting-belt batch summary counts distinct destination postcodes on the belt using ops.unique and embeds each distinct one -> unique output size from data, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeltBatchSummary(nn.Cell):
    def __init__(self, n_postcodes=50, dim=8):
        super().__init__()
        self.dest_emb = nn.Embedding(n_postcodes, dim)

    def construct(self, dest_ids):
        distinct, inverse = ops.unique(dest_ids)
        vecs = self.dest_emb(distinct)
        return vecs.sum(axis=0), inverse


def make():
    np.random.seed(131)
    ids = Tensor(np.random.randint(0, 50, size=(24,)).astype(np.int32))
    return BeltBatchSummary(), (ids,)
