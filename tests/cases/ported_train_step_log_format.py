# case: training-loss wrapper prints a formatted running loss with "{:.4f}".format(loss) every call, converting the tensors with float() -> compile error at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LossWithLogging(nn.Cell):
    def __init__(self, in_dim=6, num_classes=3, label_smoothing=0.1, verbose=True):
        super().__init__()
        self.backbone = nn.SequentialCell(nn.Dense(in_dim, 12), nn.ReLU(), nn.Dense(12, num_classes))
        self.num_classes = num_classes
        self.label_smoothing = label_smoothing
        self.verbose = verbose

    def smooth_targets(self, labels):
        one_hot = ops.one_hot(labels, self.num_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        return one_hot * (1 - self.label_smoothing) + self.label_smoothing / self.num_classes

    def construct(self, x, labels):
        logits = self.backbone(x)
        targets = self.smooth_targets(labels)
        loss = -(targets * ops.log_softmax(logits, -1)).sum(-1).mean()
        acc = (logits.argmax(-1) == labels).astype(ms.float32).mean()
        if self.verbose:
            print("loss {:.4f} acc {:.3f}".format(float(loss), float(acc)))
        return loss


def make():
    np.random.seed(21)
    x = np.random.randn(4, 6).astype(np.float32)
    labels = np.array([0, 2, 1, 1], dtype=np.int32)
    return LossWithLogging(), (Tensor(x), Tensor(labels))
