# case: pooling a flat click stream into per-session vectors with unsorted_segment_sum, session count taken from the ids -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClickStreamSessionPooler(nn.Cell):
    def __init__(self, num_items=40, dim=8, normalize=True):
        super().__init__()
        self.normalize = normalize
        self.item_emb = nn.Embedding(num_items, dim)
        self.proj = nn.Dense(dim, dim)

    def _count(self, session_ids, num_sessions):
        ones = ops.ones((session_ids.shape[0], 1), ms.float32)
        return ops.unsorted_segment_sum(ones, session_ids, num_sessions)

    def construct(self, clicks, session_ids):
        # clicks from many sessions are concatenated into one stream
        e = self.proj(self.item_emb(clicks))
        num_sessions = session_ids.max() + 1
        pooled = ops.unsorted_segment_sum(e, session_ids, num_sessions)
        if self.normalize:
            pooled = pooled / ops.maximum(self._count(session_ids, num_sessions), 1.0)
        return ops.matmul(pooled, self.item_emb.embedding_table.T)


def make():
    np.random.seed(21)
    clicks = np.random.randint(0, 40, size=(9,)).astype(np.int32)
    sids = np.array([0, 0, 0, 1, 1, 2, 2, 2, 2], np.int32)
    return ClickStreamSessionPooler(), (Tensor(clicks), Tensor(sids))
