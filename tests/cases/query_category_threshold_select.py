# case: pick the top category but fall back to an "unknown" id when its probability is under a threshold, using ops.select -> elementwise select, static shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

UNKNOWN_CATEGORY = -1


class ThresholdedCategoryClassifier(nn.Cell):
    def __init__(self, in_dim=12, num_cats=6, threshold=0.35):
        super().__init__()
        self.mlp = nn.SequentialCell([nn.Dense(in_dim, 24), nn.ReLU(), nn.Dense(24, num_cats)])
        self.threshold = threshold

    def construct(self, x):
        probs = ops.softmax(self.mlp(x), axis=-1)
        top_p = probs.max(axis=-1)
        top_cat = probs.argmax(axis=-1).astype(ms.int32)
        unknown = ops.full_like(top_cat, UNKNOWN_CATEGORY)
        return ops.select(top_p >= self.threshold, top_cat, unknown), top_p


def make():
    np.random.seed(31)
    x = np.random.randn(4, 12).astype(np.float32)
    return ThresholdedCategoryClassifier(), (Tensor(x),)
