# case: counts distinct merchants in an account history with ops.unique and uses the count as a diversity feature -> unique output is data-dependent, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MerchantDiversity(nn.Cell):
    def __init__(self, n_merchants=50, emb_dim=6):
        super().__init__()
        self.emb = nn.Embedding(n_merchants, emb_dim)
        self.out = nn.Dense(emb_dim + 1, 1)

    def construct(self, merchant_ids):
        uniq, _ = ops.unique(merchant_ids)
        n_distinct = ops.cast(ops.size(uniq), ms.float32)
        merch_emb = self.emb(uniq).mean(axis=0)
        feat = ops.concat((merch_emb, n_distinct.reshape(1)), axis=0)
        return ops.sigmoid(self.out(feat.reshape(1, -1)))


def make():
    np.random.seed(7)
    merchant_ids = Tensor(np.random.randint(0, 50, size=25).astype(np.int32))
    return MerchantDiversity(), (merchant_ids,)
