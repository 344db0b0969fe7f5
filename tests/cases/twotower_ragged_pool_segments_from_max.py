# case: pools a flattened click batch with unsorted_segment_sum where num_segments is the tensor user_index.max() + 1 taken from the data -> output row count depends on data (dynamic shape)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RaggedClickPool(nn.Cell):
    def __init__(self, num_items=30, emb_dim=8):
        super().__init__()
        self.item_emb = nn.Embedding(num_items, emb_dim)

    def construct(self, flat_item_ids, user_index):
        num_users = user_index.max() + 1
        emb = self.item_emb(flat_item_ids)
        sums = ops.unsorted_segment_sum(emb, user_index, num_users)
        ones = ops.ones((flat_item_ids.shape[0], 1), ms.float32)
        counts = ops.unsorted_segment_sum(ones, user_index, num_users)
        return sums / ops.clamp(counts, min=1.0)


class UserTower(nn.Cell):
    def __init__(self, emb_dim=8):
        super().__init__()
        self.pool = RaggedClickPool(emb_dim=emb_dim)
        self.out = nn.Dense(emb_dim, emb_dim, activation="relu")

    def construct(self, flat_item_ids, user_index, cand_emb):
        users = self.out(self.pool(flat_item_ids, user_index))
        return ops.matmul(users, cand_emb.T)


def make():
    np.random.seed(35)
    flat_ids = Tensor(np.random.randint(0, 30, size=9).astype(np.int32))
    user_index = Tensor(np.array([0, 0, 1, 1, 1, 2, 3, 3, 4], dtype=np.int32))
    cands = Tensor(np.random.randn(6, 8).astype(np.float32))
    return UserTower(), (flat_ids, user_index, cands)
