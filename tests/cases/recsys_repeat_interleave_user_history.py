# case: item-to-user scoring expands each user vector once per history item with repeat_interleave by the per-user history lengths (flattened ragged history) -> dynamic shape at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HistoryAffinity(nn.Cell):
    """Scores every (user, clicked item) pair of a flattened ragged history."""

    def __init__(self, n_users=10, n_items=50, dim=8, normalize=True):
        super().__init__()
        self.user_emb = nn.Embedding(n_users, dim)
        self.item_emb = nn.Embedding(n_items, dim)
        self.normalize = normalize

    def l2norm(self, v):
        return v / ops.sqrt((v * v).sum(axis=-1, keepdims=True) + 1e-8)

    def construct(self, user_ids, flat_hist_items, hist_len):
        u = self.user_emb(user_ids)
        v = self.item_emb(flat_hist_items)
        if self.normalize:
            u = self.l2norm(u)
            v = self.l2norm(v)
        u_rep = ops.repeat_interleave(u, hist_len, 0)
        affinity = (u_rep * v).sum(axis=-1)
        return ops.sigmoid(affinity)


def make():
    np.random.seed(16)
    users = Tensor(np.array([1, 4, 7], dtype=np.int32))
    lens = np.array([2, 3, 1], dtype=np.int32)
    flat = Tensor(np.random.randint(0, 50, size=(int(lens.sum()),)).astype(np.int32))
    return HistoryAffinity(), (users, flat, Tensor(lens))
