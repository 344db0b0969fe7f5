# case: adaptive token halting sorts tokens by score and keeps the first k where k counts scores above a threshold -> dynamic shape at line 32
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ImportanceHead(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.fc = nn.Dense(dim, 1)

    def construct(self, x):
        return ops.sigmoid(self.fc(x)).squeeze(-1)


class AdaptiveTokenKeeper(nn.Cell):
    def __init__(self, dim=16, score_threshold=0.5, min_tokens=1):
        super().__init__()
        self.head = ImportanceHead(dim)
        self.score_threshold = score_threshold
        self.min_tokens = min_tokens

    def num_to_keep(self, scores):
        k = (scores > self.score_threshold).astype(ms.int32).sum()
        return ops.maximum(k, self.min_tokens)

    def construct(self, x):
        # x: [N, C] tokens of one image
        scores = self.head(x)
        order = ops.argsort(scores, descending=True)
        k = self.num_to_keep(scores)
        keep_idx = order[:k]
        return ops.gather(x, keep_idx, 0)


def make():
    np.random.seed(23)
    x = Tensor(np.random.randn(10, 16).astype(np.float32))
    return AdaptiveTokenKeeper(), (x,)
