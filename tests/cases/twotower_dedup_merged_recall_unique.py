# case: merges candidate ids from two recall channels and deduplicates them with ops.unique before dot-product scoring -> unique output size depends on data (dynamic shape)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CandidateScorer(nn.Cell):
    def __init__(self, num_items=60, emb_dim=8):
        super().__init__()
        self.item_emb = nn.Embedding(num_items, emb_dim)

    def construct(self, user_vec, ids):
        cand = self.item_emb(ids)
        return ops.matmul(cand, user_vec)


class MultiChannelRecall(nn.Cell):
    def __init__(self, num_items=60, emb_dim=8):
        super().__init__()
        self.scorer = CandidateScorer(num_items, emb_dim)

    def merge(self, ids_a, ids_b):
        merged = ops.concat((ids_a, ids_b))
        uniq, _ = ops.unique(merged)
        return uniq

    def construct(self, user_vec, swing_ids, i2i_ids):
        cand_ids = self.merge(swing_ids, i2i_ids)
        scores = self.scorer(user_vec, cand_ids)
        return cand_ids, scores


def make():
    np.random.seed(5)
    user_vec = Tensor(np.random.randn(8).astype(np.float32))
    swing = Tensor(np.random.randint(0, 60, size=10).astype(np.int32))
    i2i = Tensor(np.random.randint(0, 60, size=10).astype(np.int32))
    return MultiChannelRecall(), (user_vec, swing, i2i)
