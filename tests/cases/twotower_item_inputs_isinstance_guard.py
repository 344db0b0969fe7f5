# case: item tower accepts either bare item ids or an (ids, category_ids) tuple and dispatches with isinstance -> type guard resolved at compile time, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ItemTower(nn.Cell):
    def __init__(self, num_items=40, num_cates=6, emb_dim=8):
        super().__init__()
        self.id_emb = nn.Embedding(num_items, emb_dim)
        self.cate_emb = nn.Embedding(num_cates, emb_dim)
        self.proj = nn.Dense(2 * emb_dim, emb_dim)

    def construct(self, item_inputs):
        if isinstance(item_inputs, (tuple, list)):
            ids, cates = item_inputs
            cate_vec = self.cate_emb(cates)
        else:
            ids = item_inputs
            cate_vec = ops.zeros((ids.shape[0], self.cate_emb.embedding_size), ms.float32)
        x = ops.concat((self.id_emb(ids), cate_vec), axis=-1)
        return self.proj(x)


class TwoTower(nn.Cell):
    def __init__(self, feat_dim=10, emb_dim=8):
        super().__init__()
        self.user_tower = nn.Dense(feat_dim, emb_dim)
        self.item_tower = ItemTower(emb_dim=emb_dim)

    def construct(self, users, item_ids, item_cates):
        u = self.user_tower(users)
        v = self.item_tower((item_ids, item_cates))
        return ops.matmul(u, v.T)


def make():
    np.random.seed(28)
    users = Tensor(np.random.randn(4, 10).astype(np.float32))
    ids = Tensor(np.random.randint(0, 40, size=6).astype(np.int32))
    cates = Tensor(np.random.randint(0, 6, size=6).astype(np.int32))
    return TwoTower(), (users, ids, cates)
