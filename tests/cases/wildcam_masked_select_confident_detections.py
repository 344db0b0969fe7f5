# case: keep only camera-trap detection scores above a confidence threshold with masked_select and count them -> dynamic shape from masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DetectionHead(nn.Cell):
    def __init__(self, in_ch=16, num_anchors=12):
        super().__init__()
        self.fc = nn.Dense(in_ch, num_anchors)
        self.sigmoid = nn.Sigmoid()

    def construct(self, feat):
        return self.sigmoid(self.fc(feat))


class ConfidentCounter(nn.Cell):
    def __init__(self, threshold=0.6):
        super().__init__()
        self.head = DetectionHead()
        self.threshold = threshold

    def construct(self, feat):
        scores = self.head(feat).reshape(-1)
        keep = scores > self.threshold
        confident = ops.masked_select(scores, keep)
        mean_conf = confident.mean()
        return confident.shape[0], mean_conf


def make():
    np.random.seed(0)
    feat = Tensor(np.random.randn(4, 16).astype(np.float32))
    return ConfidentCounter(), (feat,)
