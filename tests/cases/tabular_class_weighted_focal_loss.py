# case: focal loss with per-class alpha weights given as a config tuple and gathered by label -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClassWeightedFocalLoss(nn.Cell):
    def __init__(self, class_weights=(0.2, 1.0, 3.0), gamma=2.0, reduction="mean"):
        super().__init__()
        self.alpha = Tensor(np.array(class_weights, np.float32))
        self.n_classes = len(class_weights)
        self.gamma = gamma
        self.reduction = reduction

    def construct(self, logits, labels):
        log_p = ops.log_softmax(logits, axis=-1)
        log_pt = ops.gather_elements(log_p, 1, labels.reshape(-1, 1)).reshape(-1)
        pt = ops.exp(log_pt)
        alpha_t = ops.gather(self.alpha, labels, 0)
        loss = -alpha_t * ops.pow(1.0 - pt, self.gamma) * log_pt
        if self.reduction == "sum":
            return loss.sum()
        return loss.mean()


class ImbalancedClassifier(nn.Cell):
    def __init__(self, in_dim=5, n_classes=3):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(in_dim, 8), nn.ReLU(), nn.Dense(8, n_classes)])
        self.loss = ClassWeightedFocalLoss()

    def construct(self, x, labels):
        return self.loss(self.net(x), labels)


def make():
    np.random.seed(40)
    ms.set_seed(40)
    x = Tensor(np.random.randn(7, 5).astype(np.float32))
    labels = Tensor(np.array([0, 0, 0, 1, 0, 2, 0], dtype=np.int32))
    return ImbalancedClassifier(), (x, labels)
