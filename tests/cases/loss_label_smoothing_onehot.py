# case: label-smoothing cross entropy built from one_hot and log_softmax with a smoothing flag; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from mindspore import ops as P


class LabelSmoothingCE(nn.Cell):
    def __init__(self, num_classes, smoothing=0.1, reduction="mean"):
        super().__init__()
        self.num_classes = num_classes
        self.smoothing = smoothing
        self.confidence = 1.0 - smoothing
        self.reduction = reduction
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, logits, target):
        logp = P.log_softmax(logits, axis=-1)
        onehot = P.one_hot(target, self.num_classes, self.on, self.off)
        if self.smoothing > 0:
            soft = onehot * self.confidence + self.smoothing / self.num_classes
        else:
            soft = onehot
        loss = -(soft * logp).sum(axis=-1)
        if self.reduction == "mean":
            return loss.mean()
        return loss.sum()


class Net(nn.Cell):
    def __init__(self, dim=24, classes=7):
        super().__init__()
        self.fc = nn.Dense(dim, classes)
        self.loss_fn = LabelSmoothingCE(classes)

    def construct(self, x, y):
        return self.loss_fn(self.fc(x), y)


def make():
    x = Tensor(np.random.randn(5, 24).astype(np.float32))
    y = Tensor(np.random.randint(0, 7, (5,)).astype(np.int32))
    return Net(), (x, y)
