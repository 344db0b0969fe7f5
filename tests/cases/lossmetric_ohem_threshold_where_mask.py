# case: OHEM by probability threshold, hard pixels marked with a fixed-size where mask and normalized by the clamped count -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ThresholdOHEM(nn.Cell):
    def __init__(self, thresh=0.7, ignore_index=255, num_classes=4):
        super().__init__()
        self.thresh = thresh
        self.ignore_index = ignore_index
        self.num_classes = num_classes
        self.softmax = nn.Softmax(axis=1)
        self.log_softmax = nn.LogSoftmax(axis=1)

    def _target_prob(self, logits, safe_labels):
        probs = self.softmax(logits)
        return ops.gather_elements(probs, 1, safe_labels[:, None]).squeeze(1)

    def construct(self, logits, labels):
        valid = labels != self.ignore_index
        safe = ops.where(valid, labels, ops.zeros_like(labels))
        p_true = self._target_prob(logits, safe)
        nll = -ops.gather_elements(self.log_softmax(logits), 1, safe[:, None]).squeeze(1)
        hard = ops.logical_and(valid, p_true < self.thresh)
        hard_f = hard.astype(nll.dtype)
        num_hard = hard_f.sum()
        loss = ops.select(hard, nll, ops.zeros_like(nll)).sum()
        return loss / ops.maximum(num_hard, 1.0)


def make():
    np.random.seed(24)
    logits = Tensor(np.random.randn(2, 4, 5, 5).astype(np.float32))
    labels = np.random.randint(0, 4, size=(2, 5, 5)).astype(np.int32)
    labels[0, 0, :3] = 255
    return ThresholdOHEM(), (logits, Tensor(labels))
