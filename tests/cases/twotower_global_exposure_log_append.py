# case: retrieval Cell appends every served top-k id tensor to a module-level Python list (exposure log) inside construct -> mutation of global Python state in construct, error or silently traced once in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

EXPOSURE_LOG = []


class ItemTower(nn.Cell):
    def __init__(self, num_items=30, emb_dim=8):
        super().__init__()
        self.item_emb = nn.Embedding(num_items, emb_dim)
        self.all_ids = Tensor(np.arange(num_items), ms.int32)

    def construct(self):
        return self.item_emb(self.all_ids)


class LoggedRetriever(nn.Cell):
    def __init__(self, emb_dim=8, top_k=5):
        super().__init__()
        self.item_tower = ItemTower(emb_dim=emb_dim)
        self.user_proj = nn.Dense(emb_dim, emb_dim)
        self.top_k = top_k

    def construct(self, user_feat):
        user = self.user_proj(user_feat)
        scores = ops.matmul(user, self.item_tower().T)
        top_scores, top_ids = ops.topk(scores, self.top_k, dim=1)
        EXPOSURE_LOG.append(top_ids)
        return top_ids, top_scores


def make():
    np.random.seed(23)
    users = Tensor(np.random.randn(3, 8).astype(np.float32))
    return LoggedRetriever(), (users,)
