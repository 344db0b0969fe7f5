# case: mixup + label smoothing where lam may be a float or a Tensor, handled with isinstance/None guards and config flags -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def smooth_one_hot(labels, num_classes, smoothing):
    on = Tensor(1.0 - smoothing, ms.float32)
    off = Tensor(smoothing / num_classes, ms.float32)
    return ops.one_hot(labels, num_classes, on, off)


class MixupSmoothingLoss(nn.Cell):
    def __init__(self, num_classes=6, smoothing=0.1, fixed_lam=None):
        super().__init__()
        self.num_classes = num_classes
        self.smoothing = smoothing
        self.fixed_lam = fixed_lam
        self.fc = nn.Dense(4, num_classes)

    def resolve_lam(self, lam):
        if self.fixed_lam is not None:
            return self.fixed_lam
        if isinstance(lam, float):
            return lam
        return lam.reshape(())

    def construct(self, x, labels, lam):
        lam = self.resolve_lam(lam)
        targets = smooth_one_hot(labels, self.num_classes, self.smoothing)
        rev = ops.flip(ops.arange(x.shape[0]), (0,))
        x = lam * x + (1.0 - lam) * x[rev]
        targets = lam * targets + (1.0 - lam) * targets[rev]
        logp = ops.log_softmax(self.fc(x), axis=-1)
        return -(targets * logp).sum(axis=-1).mean()


def make():
    np.random.seed(38)
    x = Tensor(np.random.rand(4, 4).astype(np.float32))
    labels = Tensor(np.array([0, 5, 2, 3], np.int32))
    lam = Tensor(np.array([0.65], np.float32))
    return MixupSmoothingLoss(), (x, labels, lam)
