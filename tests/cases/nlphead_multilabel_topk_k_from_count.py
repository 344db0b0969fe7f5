# case: tag recommender keeps as many top-k tags as clear the threshold, k read with .item() -> compile error at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TagRecommender(nn.Cell):
    def __init__(self, hidden=8, num_tags=10, threshold=0.5, min_tags=1):
        super().__init__()
        self.threshold = threshold
        self.min_tags = min_tags
        self.scorer = nn.SequentialCell([
            nn.Dense(hidden, hidden, activation="relu"),
            nn.Dense(hidden, num_tags),
        ])

    def construct(self, doc_vec):
        # doc_vec: (H,) single document embedding
        probs = ops.sigmoid(self.scorer(doc_vec.expand_dims(0))).squeeze(0)
        k = (probs > self.threshold).sum().item()
        k = max(k, self.min_tags)
        values, indices = ops.topk(probs, k)
        return values, indices


def make():
    np.random.seed(17)
    doc = Tensor(np.random.randn(8).astype(np.float32))
    return TagRecommender(), (doc,)
