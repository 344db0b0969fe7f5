# case: crew pairing feature step counts distinct crew bases on a pairing using ops.unique -> output length depends on data, dynamic shape or rejected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PairingBaseFeatures(nn.Cell):
    def __init__(self, n_bases=10, emb_dim=8):
        super().__init__()
        self.base_emb = nn.Embedding(n_bases, emb_dim)

    def construct(self, leg_base_ids):
        bases, _ = ops.unique(leg_base_ids)
        n_distinct = bases.shape[0]
        vecs = self.base_emb(bases)
        return vecs.mean(axis=0), n_distinct


def make():
    np.random.seed(41)
    ids = Tensor(np.random.randint(0, 10, size=(14,)).astype(np.int32))
    return PairingBaseFeatures(), (ids,)
