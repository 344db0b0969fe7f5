# case: recognition eval step computes char accuracy and logs it with an f-string format spec on a tensor inside construct -> compile error at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RecMetricCell(nn.Cell):
    def __init__(self, hidden=24, num_classes=30, pad_id=0, verbose=True):
        super().__init__()
        self.head = nn.Dense(hidden, num_classes)
        self.pad_id = pad_id
        self.verbose = verbose

    def _char_acc(self, pred, target):
        valid = (target != self.pad_id).astype(ms.float32)
        hit = (pred == target).astype(ms.float32) * valid
        return hit.sum() / ops.maximum(valid.sum(), 1.0)

    def construct(self, feats, target):
        logits = self.head(feats)
        pred = logits.argmax(-1).astype(ms.int32)
        acc = self._char_acc(pred, target)
        if self.verbose:
            print(f"char acc: {float(acc):.4f}")
        return acc


def make():
    np.random.seed(31)
    feats = Tensor(np.random.randn(2, 6, 24).astype(np.float32))
    target = Tensor(np.random.randint(0, 30, size=(2, 6)).astype(np.int32))
    return RecMetricCell(), (feats, target)
