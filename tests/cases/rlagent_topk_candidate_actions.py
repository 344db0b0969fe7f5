# case: slate agent keeps a fixed top-k of Q values (k from config) and gathers their embeddings -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SlateQAgent(nn.Cell):
    def __init__(self, n_items=12, emb_dim=4, slate_size=3, user_dim=6):
        super().__init__()
        self.item_emb = nn.Embedding(n_items, emb_dim)
        self.user_proj = nn.Dense(user_dim, emb_dim)
        self.slate_size = slate_size
        self.n_items = n_items

    def _scores(self, user):
        u = self.user_proj(user)                      # [B, E]
        items = self.item_emb(ops.arange(self.n_items))  # [N, E]
        return ops.matmul(u, items.T)                 # [B, N]

    def construct(self, user, blocked):
        q = self._scores(user)
        q = ops.masked_fill(q, blocked.astype(ms.bool_), Tensor(-1e9, ms.float32))
        top_q, top_idx = ops.topk(q, self.slate_size)
        slate_emb = self.item_emb(top_idx)             # [B, k, E]
        return top_idx, top_q, slate_emb.mean(axis=1)


def make():
    np.random.seed(31)
    user = Tensor(np.random.randn(2, 6).astype(np.float32))
    blocked = Tensor((np.random.rand(2, 12) > 0.7).astype(np.int32))
    return SlateQAgent(), (user, blocked)
