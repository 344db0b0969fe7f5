# case: brute-force retrieval keeps every item whose score passes a threshold using ops.nonzero and gathers their scores -> nonzero gives a data-dependent number of rows (dynamic shape)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ItemTower(nn.Cell):
    def __init__(self, feat_dim=10, emb_dim=8):
        super().__init__()
        self.dense = nn.Dense(feat_dim, emb_dim)
        self.l2 = ops.L2Normalize(axis=-1)

    def construct(self, item_feat):
        return self.l2(self.dense(item_feat))


class ThresholdRetriever(nn.Cell):
    def __init__(self, threshold=0.2):
        super().__init__()
        self.item_tower = ItemTower()
        self.threshold = threshold

    def construct(self, user_vec, item_feat):
        item_vecs = self.item_tower(item_feat)
        scores = ops.matmul(item_vecs, user_vec)
        idx = ops.nonzero(scores > self.threshold).squeeze(-1)
        cand_scores = ops.gather(scores, idx, 0)
        return idx, cand_scores


def make():
    np.random.seed(13)
    user = np.random.randn(8).astype(np.float32)
    user /= np.linalg.norm(user)
    items = np.random.randn(20, 10).astype(np.float32)
    return ThresholdRetriever(), (Tensor(user), Tensor(items))
