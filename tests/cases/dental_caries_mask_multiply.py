# case: mean caries probability over lesion pixels computed with a float mask multiplied in -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CariesSeverityMasked(nn.Cell):
    def __init__(self, in_ch=1, lesion_thresh=0.6):
        super().__init__()
        self.head = nn.Conv2d(in_ch, 1, 3, pad_mode="same", has_bias=True)
        self.lesion_thresh = lesion_thresh

    def lesion_mean(self, prob):
        mask = (prob > self.lesion_thresh).astype(prob.dtype)
        area = mask.sum(axis=(1, 2, 3))
        total = (prob * mask).sum(axis=(1, 2, 3))
        return total / ops.maximum(area, ops.ones_like(area))

    def construct(self, crop):
        prob = ops.sigmoid(self.head(crop))
        severity = self.lesion_mean(prob)
        icdas_grade = ops.clip_by_value(ops.floor(severity * 6.0), 0.0, 6.0)
        return severity, icdas_grade


def make():
    np.random.seed(3)
    crop = np.random.rand(4, 1, 20, 20).astype(np.float32)
    return CariesSeverityMasked(), (Tensor(crop),)
