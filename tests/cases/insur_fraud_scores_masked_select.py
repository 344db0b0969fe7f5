# case: keep only fraud scores above the alert threshold with masked_select and average them -> masked_select output is dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FRAUD_CONFIG = {"alert_threshold": 0.7, "weight_prior": 0.1}


class FraudScorer(nn.Cell):
    def __init__(self, n_features=6, threshold=FRAUD_CONFIG["alert_threshold"]):
        super().__init__()
        self.linear = nn.Dense(n_features, 1)
        self.sigmoid = nn.Sigmoid()
        self.threshold = threshold

    def construct(self, features):
        scores = self.sigmoid(self.linear(features)).squeeze(-1)
        flagged = ops.masked_select(scores, scores > self.threshold)
        n_flagged = flagged.shape[0]
        mean_flagged = flagged.sum() / (n_flagged + 1e-6)
        return scores, mean_flagged


def make():
    np.random.seed(1)
    x = Tensor(np.random.randn(20, 6).astype(np.float32))
    return FraudScorer(), (x,)
