# case: convert the mean defect probability of a fabric roll into log-odds with math.log inside construct -> math on a tensor errors in graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RollRisk(nn.Cell):
    def __init__(self, eps=1e-4):
        super().__init__()
        self.eps = eps
        self.fc = nn.Dense(12, 1)

    def construct(self, feats):
        p = ops.sigmoid(self.fc(feats)).mean()
        p = ops.clamp(p, self.eps, 1.0 - self.eps)
        log_odds = math.log(p / (1.0 - p))
        return p, log_odds


def make():
    np.random.seed(11)
    feats = Tensor(np.random.randn(6, 12).astype(np.float32))
    return RollRisk(), (feats,)
