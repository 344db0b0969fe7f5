# case: self-adversarial margin loss that switches on a tensor condition (any margin violation) between two reductions that both give a scalar -> Graph mode compiles the tensor if statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class LossConfig:
    def __init__(self, margin=6.0, adversarial_temperature=1.0, reduction="mean"):
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
        per_pair = ops.relu(self.margin - pos_scores[:, None] + neg_scores)
        weighted = self._weights(ops.stop_gradient(neg_scores)) * per_pair
        if (per_pair > 0).any():
            loss = weighted.sum(-1).mean()
        else:
            loss = ops.zeros((), ms.float32)
        return loss


def make():
    np.random.seed(3686)
    cfg = LossConfig()
    pos = Tensor(np.random.randn(8).astype(np.float32) * 2 + 3)
    neg = Tensor(np.random.randn(8, 5).astype(np.float32))
    return SelfAdversarialMarginLoss(cfg), (pos, neg)
