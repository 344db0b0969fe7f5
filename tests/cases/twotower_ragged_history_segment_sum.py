# case: pools a flattened (ragged) batch of user clicks with unsorted_segment_sum, number of segments fixed by the constructor's batch size -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RaggedHistoryPool(nn.Cell):
    def __init__(self, num_items=40, emb_dim=8, num_users=4):
        super().__init__()
        self.item_emb = nn.Embedding(num_items, emb_dim)
        self.num_users = num_users

    def construct(self, flat_item_ids, user_index):
        emb = self.item_emb(flat_item_ids)
        sums = ops.unsorted_segment_sum(emb, user_index, self.num_users)
        ones = ops.ones_like(user_index).astype(ms.float32)
        counts = ops.unsorted_segment_sum(ones, user_index, self.num_users)
        return sums / ops.clamp(counts, min=1.0).expand_dims(-1)


class UserTower(nn.Cell):
    def __init__(self, emb_dim=8, num_users=4):
        super().__init__()
        self.pool = RaggedHistoryPool(emb_dim=emb_dim, num_users=num_users)
        self.mlp = nn.SequentialCell([nn.Dense(emb_dim, 16), nn.ReLU(), nn.Dense(16, emb_dim)])

    def construct(self, flat_item_ids, user_index):
        return self.mlp(self.pool(flat_item_ids, user_index))


def make():
    np.random.seed(30)
    user_index = Tensor(np.array([0, 0, 0, 1, 2, 2, 3, 3, 3, 3], dtype=np.int32))
    flat_ids = Tensor(np.random.randint(0, 40, size=10).astype(np.int32))
    return UserTower(), (flat_ids, user_index)
