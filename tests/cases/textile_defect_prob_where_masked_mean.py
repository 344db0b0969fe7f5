# case: average defect probability over flagged patches using a fixed-size mask multiplied in instead of masked_select -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PatchScorer(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.conv = nn.Conv2d(1, hidden, 3, pad_mode="same")
        self.head = nn.Conv2d(hidden, 1, 1)

    def construct(self, img):
        return ops.sigmoid(self.head(ops.relu(self.conv(img))))


class DefectSeverity(nn.Cell):
    def __init__(self, threshold=0.5, eps=1e-6):
        super().__init__()
        self.scorer = PatchScorer()
        self.threshold = threshold
        self.eps = eps

    def construct(self, img):
        prob = self.scorer(img)
        mask = (prob > self.threshold).astype(prob.dtype)
        severity = (prob * mask).sum() / (mask.sum() + self.eps)
        flagged_only = ops.where(prob > self.threshold, prob, ops.zeros_like(prob))
        return severity, flagged_only


def make():
    np.random.seed(30)
    img = Tensor(np.random.rand(2, 1, 16, 16).astype(np.float32))
    return DefectSeverity(threshold=0.45), (img,)
