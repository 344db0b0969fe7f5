# case: ranking layer returns top-k products where k is the number of in-stock items computed from a tensor -> topk with data-dependent k, error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InStockRanker(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.score = nn.Dense(dim, 1)

    def construct(self, product_feats, in_stock):
        scores = self.score(product_feats).squeeze(-1)
        scores = scores - (1.0 - in_stock) * 1e4
        k = int(in_stock.sum())
        top_scores, top_idx = ops.topk(scores, k)
        return top_idx, top_scores


def make():
    np.random.seed(10)
    feats = Tensor(np.random.randn(20, 8).astype(np.float32))
    in_stock = Tensor((np.random.rand(20) > 0.5).astype(np.float32))
    return InStockRanker(), (feats, in_stock)
