# case: self-adversarial margin loss that returns the full (batch, negatives) loss matrix when any negative violates the margin and a per-triple vector otherwise (tensor-valued if) -> Graph mode should reject the mismatched branch shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class LossConfig:
    def __init__(self, margin=6.0, adversarial_temperature=1.0, reduction="none"):
        self.margin = margin
        self.adversarial_temperature = adversarial_temperature
        self.reduction = reduction


class SelfAdversarialMarginLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.margin = config.margin
        self.temperature = config.adversarial_temperature
        self.reduction = config.reduction

    def _weights(self, neg_scores):
        return ops.softmax(neg_scores * self.temperature, axis=-1)

    def construct(self, pos_scores, neg_scores):
        # pos_scores: (B,), neg_scores: (B, N); larger = more plausible
        per_pair = ops.relu(self.margin - pos_scores[:, None] + neg_scores)
        weighted = self._weights(ops.stop_gradient(neg_scores)) * per_pair
        if (per_pair > 0).any():
            loss = weighted
        else:
            loss = weighted.sum(-1)
        if self.reduction == "mean":
            return loss.mean()
        return loss


def make():
    np.random.seed(3685)
    cfg = LossConfig()
    pos = Tensor(np.random.randn(8).astype(np.float32) * 2 + 3)
    neg = Tensor(np.random.randn(8, 5).astype(np.float32))
    return SelfAdversarialMarginLoss(cfg), (pos, neg)
