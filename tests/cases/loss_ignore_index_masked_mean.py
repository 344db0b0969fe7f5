# case: per-token CE with ignore_index via float mask and clamped denominator; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

IGNORE_INDEX = -100


class MaskedTokenCE(nn.Cell):
    def __init__(self, num_classes=10, ignore_index=IGNORE_INDEX):
        super().__init__()
        self.num_classes = num_classes
        self.ignore_index = ignore_index
        self.log_softmax = nn.LogSoftmax(axis=-1)

    def construct(self, logits, labels):
        valid = labels != self.ignore_index
        safe_labels = ops.where(valid, labels, ops.zeros_like(labels))
        logp = self.log_softmax(logits)
        onehot = ops.one_hot(safe_labels, self.num_classes,
                             Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        per_tok = -(onehot * logp).sum(-1)
        w = valid.astype(ms.float32)
        denom = ops.clamp(w.sum(), min=1.0)
        return (per_tok * w).sum() / denom


def make():
    logits = Tensor(np.random.randn(16, 10).astype(np.float32))
    labels = np.random.randint(0, 10, (16,)).astype(np.int32)
    labels[::4] = IGNORE_INDEX
    return MaskedTokenCE(), (logits, Tensor(labels))
