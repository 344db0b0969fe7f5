# case: training step normalizes the mixup-aware BCE by the number of distinct classes present in the batch, counted with ops.unique on the label indices -> unique has a data-dependent output shape, should be dynamic or rejected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LossConfig:
    n_classes = 10
    label_smoothing = 0.05
    normalize_by_present = True


class TaggingLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.n_classes = config.n_classes
        self.smoothing = config.label_smoothing
        self.normalize_by_present = config.normalize_by_present
        self.bce = nn.BCELoss(reduction="none")

    def _smooth(self, target):
        return target * (1.0 - self.smoothing) + self.smoothing / self.n_classes

    def construct(self, clip_probs, label_idx):
        target = ops.one_hot(label_idx, self.n_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        loss = self.bce(clip_probs, self._smooth(target)).sum(axis=0)
        if self.normalize_by_present:
            present, _ = ops.unique(label_idx)
            return loss.sum() / present.shape[0]
        return loss.mean()


def make():
    np.random.seed(3791)
    probs = Tensor(np.random.uniform(0.05, 0.95, (6, 10)).astype(np.float32))
    labels = Tensor(np.array([1, 3, 3, 7, 1, 0], dtype=np.int32))
    return TaggingLoss(LossConfig()), (probs, labels)
