# case: active selection takes topk over entropy with k = number of samples above a threshold -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def predictive_entropy(logits):
    probs = ops.softmax(logits, axis=-1)
    return -(probs * ops.log(probs + 1e-8)).sum(-1)


class UncertaintySampler(nn.Cell):
    def __init__(self, in_dim=12, n_classes=5, threshold=1.2):
        super().__init__()
        self.classifier = nn.SequentialCell([nn.Dense(in_dim, 16), nn.Tanh(), nn.Dense(16, n_classes)])
        self.threshold = threshold

    def select(self, entropy):
        n_uncertain = int((entropy > self.threshold).sum())
        values, indices = ops.topk(entropy, n_uncertain)
        return indices

    def construct(self, pool):
        logits = self.classifier(pool)
        ent = predictive_entropy(logits)
        idx = self.select(ent)
        return ops.gather(pool, idx, 0), ent


def make():
    np.random.seed(3)
    pool = Tensor(np.random.randn(16, 12).astype(np.float32) * 0.3)
    return UncertaintySampler(), (pool,)
