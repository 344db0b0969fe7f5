# case: retrieval Cell builds a plain Python Recommendation object (ids, scores, helper method) inside construct and returns it -> custom Python object created and returned in construct, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Recommendation:
    def __init__(self, item_ids, scores, source="two_tower"):
        self.item_ids = item_ids
        self.scores = scores
        self.source = source

    def head(self, n):
        return Recommendation(self.item_ids[:n], self.scores[:n], self.source)


class Retriever(nn.Cell):
    def __init__(self, num_items=30, emb_dim=8, top_k=6, serve_n=3):
        super().__init__()
        self.item_emb = nn.Embedding(num_items, emb_dim)
        self.all_ids = Tensor(np.arange(num_items), ms.int32)
        self.top_k = top_k
        self.serve_n = serve_n

    def construct(self, user_vec):
        scores = ops.matmul(self.item_emb(self.all_ids), user_vec)
        top_scores, top_ids = ops.topk(scores, self.top_k)
        rec = Recommendation(top_ids, top_scores)
        return rec.head(self.serve_n)


def make():
    np.random.seed(37)
    user = Tensor(np.random.randn(8).astype(np.float32))
    return Retriever(), (user,)
