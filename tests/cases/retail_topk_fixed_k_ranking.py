# case: ranking layer returns a fixed top-k of products from a constructor argument, pushing out-of-stock items down with a penalty -> static k, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProductRanker(nn.Cell):
    def __init__(self, dim=8, k=5, penalty=1e4):
        super().__init__()
        self.k = k
        self.penalty = penalty
        self.score = nn.SequentialCell([nn.Dense(dim, 16), nn.ReLU(), nn.Dense(16, 1)])

    def construct(self, product_feats, in_stock):
        scores = self.score(product_feats).squeeze(-1)
        scores = scores - (1.0 - in_stock) * self.penalty
        top_scores, top_idx = ops.topk(scores, self.k)
        return top_idx, ops.sigmoid(top_scores)


def make():
    np.random.seed(11)
    feats = Tensor(np.random.randn(4, 20, 8).astype(np.float32))
    in_stock = Tensor((np.random.rand(4, 20) > 0.3).astype(np.float32))
    return ProductRanker(), (feats, in_stock)
