# case: multi-class focal loss that handles the ignore label with ops.select and a clamped valid-voxel count -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IgnoreAwareFocalLoss(nn.Cell):
    def __init__(self, num_classes=3, gamma=2.0, ignore_index=255):
        super().__init__()
        self.num_classes = num_classes
        self.gamma = gamma
        self.ignore_index = ignore_index

    def _log_pt(self, logits, safe_label):
        logp = ops.log_softmax(logits, axis=1)
        onehot = ops.one_hot(safe_label, self.num_classes, Tensor(1.0, ms.float32),
                             Tensor(0.0, ms.float32), axis=1)
        return (logp * onehot).sum(axis=1)

    def construct(self, logits, label):
        valid = label != self.ignore_index
        safe = ops.select(valid, label, ops.zeros_like(label))
        logpt = self._log_pt(logits, safe)
        pt = ops.exp(logpt)
        loss = -((1.0 - pt) ** self.gamma) * logpt
        validf = valid.astype(ms.float32)
        return (loss * validf).sum() / ops.maximum(validf.sum(), 1.0)


def make():
    np.random.seed(0)
    logits = Tensor(np.random.randn(1, 3, 4, 6, 6).astype(np.float32))
    lab = np.random.randint(0, 3, (1, 4, 6, 6)).astype(np.int32)
    lab[0, :, 0, :] = 255
    return IgnoreAwareFocalLoss(), (logits, Tensor(lab))
