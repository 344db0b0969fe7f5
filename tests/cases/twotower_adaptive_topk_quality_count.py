# case: returns as many top items as pass a quality gate, k = int(min(count, max_k)) computed from tensors, then topk + gather -> k from tensor value, error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveTopK(nn.Cell):
    def __init__(self, max_k=6, quality_gate=0.5):
        super().__init__()
        self.max_k = max_k
        self.quality_gate = quality_gate

    def construct(self, scores, item_ids, quality):
        num_good = (quality > self.quality_gate).astype(ms.int32).sum()
        k = ops.minimum(num_good, self.max_k)
        top_scores, pos = ops.topk(scores, int(k))
        return ops.gather(item_ids, pos, 0), top_scores


class Recommender(nn.Cell):
    def __init__(self, emb_dim=8):
        super().__init__()
        self.user_proj = nn.Dense(emb_dim, emb_dim)
        self.select = AdaptiveTopK()

    def construct(self, user_vec, item_vecs, item_ids, quality):
        u = self.user_proj(user_vec.expand_dims(0)).squeeze(0)
        scores = ops.matmul(item_vecs, u)
        return self.select(scores, item_ids, quality)


def make():
    np.random.seed(14)
    user = Tensor(np.random.randn(8).astype(np.float32))
    items = Tensor(np.random.randn(12, 8).astype(np.float32))
    ids = Tensor(np.arange(100, 112).astype(np.int32))
    quality = Tensor(np.random.rand(12).astype(np.float32))
    return Recommender(), (user, items, ids, quality)
