# case: average the defect probability over loom patches flagged above a threshold using masked_select -> dynamic shape from masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PatchScorer(nn.Cell):
    def __init__(self, in_ch=1, hidden=8):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, hidden, 3, pad_mode="same")
        self.relu = nn.ReLU()
        self.head = nn.Conv2d(hidden, 1, 1)
        self.sigmoid = nn.Sigmoid()

    def construct(self, img):
        return self.sigmoid(self.head(self.relu(self.conv(img))))


class DefectSeverity(nn.Cell):
    def __init__(self, threshold=0.5):
        super().__init__()
        self.scorer = PatchScorer()
        self.threshold = threshold

    def construct(self, img):
        prob = self.scorer(img)
        flagged = ops.masked_select(prob, prob > self.threshold)
        severity = flagged.mean() if flagged.shape[0] > 0 else ops.zeros((), ms.float32)
        return severity, prob


def make():
    np.random.seed(0)
    img = Tensor(np.random.rand(2, 1, 16, 16).astype(np.float32))
    return DefectSeverity(threshold=0.45), (img,)
