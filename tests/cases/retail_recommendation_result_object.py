# case: recommender builds a plain Python Recommendation object holding item ids and scores inside construct and returns it -> custom Python object created and returned from construct in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Recommendation:
    def __init__(self, item_ids, scores):
        self.item_ids = item_ids
        self.scores = scores


class TopItems(nn.Cell):
    def __init__(self, num_items=15, dim=4, k=3):
        super().__init__()
        self.k = k
        self.table = ms.Parameter(Tensor(np.random.randn(num_items, dim).astype(np.float32)), name="table")

    def construct(self, user_vec):
        scores = ops.matmul(self.table, user_vec)
        top_s, top_i = ops.topk(scores, self.k)
        return Recommendation(top_i, top_s)


def make():
    np.random.seed(33)
    user = Tensor(np.random.randn(4).astype(np.float32))
    return TopItems(), (user,)
