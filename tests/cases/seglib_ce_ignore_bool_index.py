# case: cross-entropy decode loss that drops ignore_index pixels by boolean-mask indexing the flattened logits before averaging -> boolean mask indexing gives a data-dependent shape (dynamic or rejected)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

IGNORE_INDEX = 255


class LossConfig:
    ignore_index = IGNORE_INDEX
    loss_weight = 1.0
    avg_non_ignore = True
    class_weight = None


def flatten_logits(seg_logit):
    n, c, h, w = seg_logit.shape
    return seg_logit.transpose(0, 2, 3, 1).reshape(n * h * w, c)


class CrossEntropyLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ignore_index = getattr(config, "ignore_index", IGNORE_INDEX)
        self.loss_weight = config.loss_weight
        self.avg_non_ignore = config.avg_non_ignore
        self.class_weight = None if config.class_weight is None else Tensor(config.class_weight, ms.float32)

    def _select_valid(self, logits, label):
        valid = label != self.ignore_index
        return logits[valid], label[valid]

    def construct(self, seg_logit, seg_label):
        logits = flatten_logits(seg_logit)
        label = seg_label.reshape(-1)
        if self.avg_non_ignore:
            logits, label = self._select_valid(logits, label)
        loss = ops.cross_entropy(logits, label, weight=self.class_weight, reduction="mean")
        return self.loss_weight * loss


def make():
    np.random.seed(3441)
    logit = Tensor(np.random.randn(2, 5, 16, 16).astype(np.float32))
    label = np.random.randint(0, 5, (2, 16, 16)).astype(np.int32)
    label[:, :3, :] = IGNORE_INDEX
    return CrossEntropyLoss(LossConfig()), (logit, Tensor(label))
