# case: multi-class focal loss with optional per-class alpha (None / float / list guards) and gamma flag -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FocalLoss(nn.Cell):
    def __init__(self, num_classes=4, gamma=2.0, alpha=None, reduction="mean"):
        super().__init__()
        self.gamma = gamma
        self.reduction = reduction
        if alpha is None:
            self.alpha = None
        elif isinstance(alpha, (float, int)):
            self.alpha = Tensor(np.full(num_classes, alpha, dtype=np.float32))
        else:
            self.alpha = Tensor(np.asarray(alpha, dtype=np.float32))

    def construct(self, logits, labels):
        logp = ops.log_softmax(logits, axis=-1)
        logpt = ops.gather_elements(logp, 1, labels.expand_dims(1)).squeeze(1)
        pt = ops.exp(logpt)
        loss = -logpt
        if self.gamma > 0:
            loss = loss * ops.pow(1.0 - pt, self.gamma)
        if self.alpha is not None:
            loss = loss * ops.gather(self.alpha, labels, 0)
        if self.reduction == "mean":
            loss = loss.mean()
        elif self.reduction == "sum":
            loss = loss.sum()
        return loss


class FocalIntentHead(nn.Cell):
    def __init__(self, hidden=8, num_classes=4, alpha=(0.25, 1.0, 1.0, 2.0)):
        super().__init__()
        self.fc = nn.Dense(hidden, num_classes)
        self.loss = FocalLoss(num_classes=num_classes, alpha=list(alpha))

    def construct(self, pooled, labels):
        logits = self.fc(pooled)
        return self.loss(logits, labels), logits


def make():
    np.random.seed(24)
    pooled = Tensor(np.random.randn(5, 8).astype(np.float32))
    labels = Tensor(np.array([0, 3, 1, 2, 0], dtype=np.int32))
    return FocalIntentHead(), (pooled, labels)
