# case: partial-label (multi-dataset) loss that merges probabilities of unannotated classes into background via a constant class mask and masked_fill -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PartialLabelCE(nn.Cell):
    def __init__(self, num_classes=4, labelled_classes=(0, 1, 3), eps=1e-7):
        super().__init__()
        absent = np.ones(num_classes, dtype=bool)
        absent[list(labelled_classes)] = False
        self.absent = Tensor(absent.reshape(1, -1, 1, 1, 1))
        self.absent_f = Tensor(absent.astype(np.float32).reshape(1, -1, 1, 1, 1))
        self.num_classes = num_classes
        self.eps = eps

    def _merge(self, probs):
        bg = probs[:, :1] + (probs * self.absent_f).sum(axis=1, keepdims=True)
        fg = ops.masked_fill(probs, self.absent, 0.0)[:, 1:]
        return ops.concat((bg, fg), axis=1)

    def construct(self, logits, target):
        probs = self._merge(ops.softmax(logits, axis=1))
        onehot = ops.one_hot(target, self.num_classes, Tensor(1.0, ms.float32),
                             Tensor(0.0, ms.float32), axis=1)
        return -(onehot * ops.log(probs + self.eps)).sum(axis=1).mean()


def make():
    np.random.seed(0)
    logits = Tensor(np.random.randn(1, 4, 4, 6, 6).astype(np.float32))
    tgt = np.random.choice([0, 1, 3], size=(1, 4, 6, 6)).astype(np.int32)
    return PartialLabelCE(), (logits, Tensor(tgt))
