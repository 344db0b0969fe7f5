# case: classifier tracks a running label prior for logit adjustment by reassigning tensor attributes on self in construct -> compile error at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LogitAdjustedClassifier(nn.Cell):
    """Logit adjustment (Menon et al.) with the label prior estimated online."""

    def __init__(self, hidden=8, num_classes=4, tau=1.0, momentum=0.9):
        super().__init__()
        self.tau = tau
        self.momentum = momentum
        self.num_classes = num_classes
        self.fc = nn.Dense(hidden, num_classes)
        self.prior = Tensor(np.full(num_classes, 1.0 / num_classes, dtype=np.float32))
        self.num_updates = 0

    def update_prior(self, labels):
        onehot = ops.one_hot(labels, self.num_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        batch_prior = onehot.mean(axis=0)
        self.prior = self.momentum * self.prior + (1.0 - self.momentum) * batch_prior
        self.num_updates = self.num_updates + 1

    def construct(self, pooled, labels):
        self.update_prior(labels)
        logits = self.fc(pooled) + self.tau * ops.log(self.prior + 1e-8)
        return ops.cross_entropy(logits, labels)


def make():
    np.random.seed(23)
    pooled = Tensor(np.random.randn(6, 8).astype(np.float32))
    labels = Tensor(np.array([0, 1, 1, 3, 0, 0], dtype=np.int32))
    return LogitAdjustedClassifier(), (pooled, labels)
