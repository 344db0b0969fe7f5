# case: serving Cell counts requests and caches the last top scores by writing Python attributes on self inside construct -> attribute writes on self in construct, error or ignored in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ServingRetriever(nn.Cell):
    def __init__(self, num_items=25, emb_dim=8, top_k=5):
        super().__init__()
        self.item_table = Tensor(np.random.randn(num_items, emb_dim).astype(np.float32))
        self.top_k = top_k
        self.num_requests = 0
        self.last_top_scores = None

    def construct(self, user_vec):
        scores = ops.matmul(self.item_table, user_vec)
        top_scores, top_ids = ops.topk(scores, self.top_k)
        self.num_requests += 1
        self.last_top_scores = top_scores
        return top_ids


def make():
    np.random.seed(22)
    user = Tensor(np.random.randn(8).astype(np.float32))
    return ServingRetriever(), (user,)
