# case: cold-start users with no history get a fixed list of 5 popular items, warm users get top-4 retrieval ids; branch on history length tensor -> branches return different shapes, error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ColdStartRetriever(nn.Cell):
    def __init__(self, num_items=30, emb_dim=8, num_popular=5, top_k=4):
        super().__init__()
        table = np.random.randn(num_items, emb_dim).astype(np.float32)
        self.item_table = Parameter(Tensor(table), name="item_table")
        self.popular_ids = Tensor(np.arange(num_popular), ms.int32)
        self.top_k = top_k
        self.user_proj = nn.Dense(emb_dim, emb_dim)

    def retrieve(self, user_vec):
        scores = ops.matmul(self.item_table, self.user_proj(user_vec.expand_dims(0))[0])
        _, ids = ops.topk(scores, self.top_k)
        return ids.astype(ms.int32)

    def construct(self, user_vec, hist_len):
        if hist_len.sum() == 0:
            return self.popular_ids
        return self.retrieve(user_vec)


def make():
    np.random.seed(7)
    user_vec = Tensor(np.random.randn(8).astype(np.float32))
    hist_len = Tensor(np.array([3], dtype=np.int32))
    return ColdStartRetriever(), (user_vec, hist_len)
