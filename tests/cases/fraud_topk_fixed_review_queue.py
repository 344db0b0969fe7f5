# case: picks the k highest-risk transactions for manual review, k fixed in the constructor, and gathers their amounts -> k is a Python int, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReviewQueue(nn.Cell):
    def __init__(self, feat_dim=7, review_k=5):
        super().__init__()
        self.scorer = nn.SequentialCell(
            nn.Dense(feat_dim, 16), nn.ReLU(), nn.Dense(16, 1)
        )
        self.review_k = review_k

    def construct(self, feats, amounts):
        risk = ops.sigmoid(self.scorer(feats)).squeeze(-1)
        top_risk, top_idx = ops.topk(risk, self.review_k)
        review_amounts = ops.gather(amounts, top_idx, 0)
        expected_loss = (top_risk * review_amounts).sum()
        return top_idx, expected_loss


def make():
    np.random.seed(5)
    feats = Tensor(np.random.randn(30, 7).astype(np.float32))
    amounts = Tensor((np.random.rand(30) * 800).astype(np.float32))
    return ReviewQueue(review_k=4), (feats, amounts)
