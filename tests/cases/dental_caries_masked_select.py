# case: average the lesion probability over pixels flagged as caries using masked_select -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CariesSeverityScore(nn.Cell):
    def __init__(self, in_ch=1, lesion_thresh=0.6):
        super().__init__()
        self.head = nn.Conv2d(in_ch, 1, 3, pad_mode="same", has_bias=True)
        self.lesion_thresh = lesion_thresh
        self.sigmoid = nn.Sigmoid()

    def construct(self, crop):
        prob = self.sigmoid(self.head(crop))
        lesion_mask = prob > self.lesion_thresh
        lesion_probs = ops.masked_select(prob, lesion_mask)
        area = lesion_probs.shape[0]
        severity = lesion_probs.sum() / (area + 1e-6)
        return severity, prob


def make():
    np.random.seed(2)
    crop = np.random.rand(2, 1, 24, 24).astype(np.float32)
    return CariesSeverityScore(), (Tensor(crop),)
