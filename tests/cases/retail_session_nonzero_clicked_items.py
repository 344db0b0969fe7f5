# case: session recommender gathers embeddings of clicked items found with nonzero on a click vector -> data-dependent size, dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SessionRecommender(nn.Cell):
    def __init__(self, num_items=30, dim=6):
        super().__init__()
        self.item_table = ms.Parameter(Tensor(np.random.randn(num_items, dim).astype(np.float32)), name="item_table")

    def clicked_embeddings(self, clicks):
        idx = ops.nonzero(clicks).reshape(-1)
        return ops.gather(self.item_table, idx, 0)

    def construct(self, clicks):
        emb = self.clicked_embeddings(clicks)
        session_vec = emb.mean(axis=0)
        scores = ops.matmul(self.item_table, session_vec)
        return scores


def make():
    np.random.seed(4)
    clicks = np.zeros(30, dtype=np.float32)
    clicks[[2, 5, 11, 17]] = 1.0
    return SessionRecommender(), (Tensor(clicks),)
