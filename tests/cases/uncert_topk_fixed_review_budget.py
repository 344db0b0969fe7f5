# case: human-review selector picks the k least confident samples with topk where k comes from a constructor review budget -> constant k, static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReviewSelector(nn.Cell):
    def __init__(self, in_dim=8, num_classes=3, review_budget=4):
        super().__init__()
        self.head = nn.Dense(in_dim, num_classes)
        self.k = review_budget

    def construct(self, x):
        probs = ops.softmax(self.head(x), axis=-1)
        margin = ops.topk(probs, 2)[0]
        margin = margin[:, 0] - margin[:, 1]
        neg_margin, review_idx = ops.topk(-margin, self.k)
        review_probs = ops.gather(probs, review_idx, 0)
        return review_idx, review_probs, -neg_margin


def make():
    np.random.seed(0)
    sel = ReviewSelector()
    x = Tensor(np.random.randn(12, 8).astype(np.float32))
    return sel, (x,)
