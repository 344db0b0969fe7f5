# case: candidate scoring that removes already-consumed items found via ops.unique over the session history -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeenItemFilterScorer(nn.Cell):
    def __init__(self, num_items=30, dim=8, exclude_history=True):
        super().__init__()
        self.exclude_history = exclude_history
        self.item_emb = nn.Embedding(num_items, dim)
        self.user_tower = nn.SequentialCell(nn.Dense(dim, dim), nn.ReLU(), nn.Dense(dim, dim))
        self.neg_inf = Tensor(-1e9, ms.float32)

    def user_vector(self, history):
        h = self.item_emb(history).mean(axis=1)
        return self.user_tower(h)

    def construct(self, history):
        user = self.user_vector(history)
        scores = ops.matmul(user, self.item_emb.embedding_table.T)
        if self.exclude_history:
            # one user per request in serving, history may repeat items
            seen, _ = ops.unique(history[0])
            idx = seen.expand_dims(1)
            upd = ops.broadcast_to(self.neg_inf, (seen.shape[0],))
            scores = ops.tensor_scatter_update(scores[0], idx, upd).expand_dims(0)
        return scores


def make():
    np.random.seed(4)
    hist = np.array([[3, 7, 3, 12, 7, 5]], np.int32)
    return SeenItemFilterScorer(), (Tensor(hist),)
