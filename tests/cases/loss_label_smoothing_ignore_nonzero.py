# case: label-smoothing CE that gathers non-ignored rows via nonzero before the loss (torch-style index select); expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LabelSmoothingCE(nn.Cell):
    def __init__(self, num_classes, smoothing=0.1, ignore_index=-1):
        super().__init__()
        self.num_classes = num_classes
        self.smoothing = smoothing
        self.ignore_index = ignore_index

    def construct(self, logits, target):
        keep_idx = ops.nonzero(target != self.ignore_index).reshape(-1)
        logits = ops.gather(logits, keep_idx, 0)
        target = ops.gather(target, keep_idx, 0)
        logp = ops.log_softmax(logits, axis=-1)
        nll = -ops.gather_elements(logp, 1, target.reshape(-1, 1)).squeeze(1)
        smooth = -logp.mean(axis=-1)
        loss = (1.0 - self.smoothing) * nll + self.smoothing * smooth
        return loss.mean()


class Net(nn.Cell):
    def __init__(self, dim=24, classes=7):
        super().__init__()
        self.fc = nn.Dense(dim, classes)
        self.loss_fn = LabelSmoothingCE(classes)

    def construct(self, x, y):
        return self.loss_fn(self.fc(x), y)


def make():
    x = Tensor(np.random.randn(6, 24).astype(np.float32))
    y = np.random.randint(0, 7, (6,)).astype(np.int32)
    y[2] = -1
    return Net(), (x, Tensor(y))
