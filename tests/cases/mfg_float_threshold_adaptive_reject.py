# case: convert the batch mean score to a Python float and use it in plain-Python arithmetic to set an adaptive reject threshold -> float() of a tensor in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveRejector(nn.Cell):
    def __init__(self, n_feat=6, base_threshold=0.5, margin=0.1):
        super().__init__()
        self.fc = nn.Dense(n_feat, 1)
        self.base_threshold = base_threshold
        self.margin = margin

    def construct(self, x):
        score = ops.sigmoid(self.fc(x)).squeeze(-1)
        batch_mean = float(score.mean())
        threshold = max(self.base_threshold, batch_mean + self.margin)
        reject = score > threshold
        return reject, score


def make():
    np.random.seed(17)
    x = Tensor(np.random.randn(12, 6).astype(np.float32))
    return AdaptiveRejector(), (x,)
