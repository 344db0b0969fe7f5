# case: tag recommender takes a fixed config top_k and masks entries under the threshold -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FixedTopKTagger(nn.Cell):
    def __init__(self, hidden=8, num_tags=10, top_k=3, threshold=0.5, pad_tag=-1):
        super().__init__()
        self.top_k = min(top_k, num_tags)
        self.threshold = threshold
        self.pad_tag = pad_tag
        self.scorer = nn.Dense(hidden, num_tags)

    def construct(self, doc_vecs):
        probs = ops.sigmoid(self.scorer(doc_vecs))
        values, indices = ops.topk(probs, self.top_k)
        keep = values > self.threshold
        # always keep the best tag even if it is under the threshold
        first = ops.zeros_like(keep)
        first[:, 0] = True
        keep = ops.logical_or(keep, first)
        tags = ops.where(keep, indices, ops.full_like(indices, self.pad_tag))
        return tags, ops.where(keep, values, ops.zeros_like(values))


def make():
    np.random.seed(18)
    docs = Tensor(np.random.randn(3, 8).astype(np.float32))
    return FixedTopKTagger(), (docs,)
