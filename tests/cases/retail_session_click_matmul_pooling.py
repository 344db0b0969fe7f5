# case: session recommender pools clicked item embeddings with a normalized click vector matmul instead of nonzero -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SessionRecommender(nn.Cell):
    def __init__(self, num_items=30, dim=6, temperature=0.5):
        super().__init__()
        self.temperature = temperature
        self.item_table = ms.Parameter(Tensor(np.random.randn(num_items, dim).astype(np.float32)), name="item_table")

    def construct(self, clicks):
        weights = clicks / ops.clamp(clicks.sum(axis=-1, keepdims=True), min=1.0)
        session_vec = ops.matmul(weights, self.item_table)
        scores = ops.matmul(session_vec, self.item_table.T) / self.temperature
        already_seen = clicks > 0
        return ops.where(already_seen, ops.full_like(scores, -1e9), scores)


def make():
    np.random.seed(5)
    clicks = (np.random.rand(3, 30) > 0.8).astype(np.float32)
    return SessionRecommender(), (Tensor(clicks),)
