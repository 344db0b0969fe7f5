# case: class-balanced cross-entropy whose per-class weights are computed per batch with float()/sum()/min() builtins on label counts -> compile error at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClassBalancedCE(nn.Cell):
    def __init__(self, num_classes=3, max_weight=10.0):
        super().__init__()
        self.num_classes = num_classes
        self.max_weight = max_weight

    def _class_weights(self, target):
        freq = [float((target == c).sum()) for c in range(self.num_classes)]
        total = sum(freq)
        weights = [min(self.max_weight, total / (self.num_classes * f + 1.0)) for f in freq]
        return Tensor(weights, ms.float32)

    def construct(self, logits, target):
        w = self._class_weights(target)
        onehot = ops.one_hot(target, self.num_classes, Tensor(1.0, ms.float32),
                             Tensor(0.0, ms.float32), axis=1)
        logp = ops.log_softmax(logits, axis=1)
        wmap = (onehot * w.reshape(1, -1, 1, 1, 1)).sum(axis=1)
        nll = -(onehot * logp).sum(axis=1)
        return (wmap * nll).sum() / wmap.sum()


def make():
    np.random.seed(0)
    logits = Tensor(np.random.randn(1, 3, 4, 6, 6).astype(np.float32))
    tgt = np.zeros((1, 4, 6, 6), dtype=np.int32)
    tgt[0, 1:3, 2:4, 2:5] = 1
    tgt[0, 2, 4, 4] = 2
    return ClassBalancedCE(), (logits, Tensor(tgt))
