# case: audio tagger returns the top-k classes where k is the number of classes above threshold, computed as a tensor and passed to topk -> Graph mode should fail or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveTopTags(nn.Cell):
    def __init__(self, in_dim=20, n_classes=10, threshold=0.5):
        super().__init__()
        self.head = nn.Dense(in_dim, n_classes)
        self.threshold = threshold

    def construct(self, clip_emb):
        # clip_emb: (in_dim,) pooled embedding for one clip
        probs = ops.sigmoid(self.head(clip_emb.expand_dims(0))).squeeze(0)
        k = (probs > self.threshold).astype(ms.int32).sum()
        k = ops.maximum(k, Tensor(1, ms.int32))
        values, indices = ops.topk(probs, int(k))
        return values, indices


def make():
    np.random.seed(10)
    emb = Tensor(np.random.randn(20).astype(np.float32))
    return AdaptiveTopTags(), (emb,)
