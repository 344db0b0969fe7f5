# case: two-tower retrieval scoring users against the whole item table and returning top-k with k = min(config k, number of items from .shape); padded items masked with where -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ItemTower(nn.Cell):
    def __init__(self, n_items, dim):
        super().__init__()
        self.emb = nn.Embedding(n_items, dim)
        self.mlp = nn.Dense(dim, dim)

    def construct(self, item_ids):
        return self.mlp(self.emb(item_ids))


class Retriever(nn.Cell):
    def __init__(self, n_users=30, n_items=25, dim=8, top_k=10, exclude_pad=True):
        super().__init__()
        self.user_emb = nn.Embedding(n_users, dim)
        self.items = ItemTower(n_items, dim)
        self.all_items = Tensor(np.arange(n_items, dtype=np.int32))
        self.top_k = top_k
        self.exclude_pad = exclude_pad

    def construct(self, user_ids):
        u = self.user_emb(user_ids)
        item_vecs = self.items(self.all_items)
        scores = ops.matmul(u, item_vecs.T)
        if self.exclude_pad:
            is_pad = (self.all_items == 0).expand_dims(0)
            scores = ops.where(is_pad, ops.full_like(scores, -1e9), scores)
        k = min(self.top_k, scores.shape[-1])
        values, indices = ops.topk(scores, k)
        return values, ops.gather(self.all_items, indices, 0)


def make():
    np.random.seed(30)
    users = Tensor(np.random.randint(0, 30, size=(4,)).astype(np.int32))
    return Retriever(), (users,)
