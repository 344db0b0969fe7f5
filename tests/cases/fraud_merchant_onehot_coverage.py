# case: measures merchant diversity with a fixed-size one-hot histogram over a known merchant vocabulary instead of unique -> shapes fixed by the vocabulary size, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MerchantDiversity(nn.Cell):
    def __init__(self, n_merchants=50, emb_dim=6):
        super().__init__()
        self.n_merchants = n_merchants
        self.emb = nn.Embedding(n_merchants, emb_dim)
        self.out = nn.Dense(emb_dim + 1, 1)

    def construct(self, merchant_ids):
        onehot = ops.one_hot(merchant_ids, self.n_merchants,
                             Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        seen = (onehot.sum(axis=0) > 0).astype(ms.float32)
        n_distinct = seen.sum(keepdims=True)
        weights = seen / ops.maximum(n_distinct, Tensor(1.0, ms.float32))
        merch_emb = ops.matmul(weights.reshape(1, -1), self.emb.embedding_table)
        feat = ops.concat((merch_emb, n_distinct.reshape(1, 1)), axis=1)
        return ops.sigmoid(self.out(feat))


def make():
    np.random.seed(8)
    merchant_ids = Tensor(np.random.randint(0, 50, size=25).astype(np.int32))
    return MerchantDiversity(), (merchant_ids,)
