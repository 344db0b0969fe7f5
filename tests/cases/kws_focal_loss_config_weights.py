# case: class-balanced focal loss with per-class alpha computed in __init__ from a config list of class counts -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def effective_number_weights(counts, beta):
    counts = np.asarray(counts, dtype=np.float64)
    eff = 1.0 - np.power(beta, counts)
    w = (1.0 - beta) / eff
    return (w / w.sum() * len(counts)).astype(np.float32)


class BalancedFocalLoss(nn.Cell):
    def __init__(self, class_counts=(900, 40, 35, 25), beta=0.999, gamma=2.0, reduction="mean"):
        super().__init__()
        self.alpha = Tensor(effective_number_weights(class_counts, beta))
        self.gamma = gamma
        self.reduction = reduction
        self.n_classes = len(class_counts)

    def construct(self, logits, labels):
        logp = ops.log_softmax(logits, axis=-1)
        onehot = ops.one_hot(labels, self.n_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        logpt = (logp * onehot).sum(axis=-1)
        pt = ops.exp(logpt)
        alpha_t = (self.alpha.expand_dims(0) * onehot).sum(axis=-1)
        loss = -alpha_t * ops.pow(1.0 - pt, self.gamma) * logpt
        if self.reduction == "sum":
            return loss.sum()
        return loss.mean()


def make():
    np.random.seed(28)
    logits = np.random.randn(6, 4).astype(np.float32)
    labels = np.array([0, 0, 1, 3, 2, 0], dtype=np.int32)
    return BalancedFocalLoss(), (Tensor(logits), Tensor(labels))
