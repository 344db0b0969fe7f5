# case: remember the previous alert score in a non-trainable Parameter updated with ops.assign for hysteresis -> Parameter side effect, Graph mode should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class HysteresisAlertParam(nn.Cell):
    def __init__(self, n_features=10, hysteresis=0.1):
        super().__init__()
        self.score_head = nn.Dense(n_features, 1)
        self.hysteresis = hysteresis
        self.last_score = Parameter(Tensor(np.zeros((1,), np.float32)), name="last_score", requires_grad=False)

    def construct(self, features):
        score = ops.sigmoid(self.score_head(features)).mean(axis=0)
        smoothed = ops.maximum(score, self.last_score - self.hysteresis)
        ops.assign(self.last_score, smoothed)
        return smoothed


def make():
    np.random.seed(122)
    x = Tensor(np.random.randn(8, 10).astype(np.float32))
    return HysteresisAlertParam(), (x,)
