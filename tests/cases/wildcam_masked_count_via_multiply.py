# case: count confident camera-trap detections per image by multiplying a float mask into the scores -> static shapes
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
        scores = self.head(feat)
        keep = (scores > self.threshold).astype(ms.float32)
        counts = keep.sum(axis=1)
        conf_sum = (scores * keep).sum(axis=1)
        mean_conf = conf_sum / ops.maximum(counts, 1.0)
        return counts, mean_conf


def make():
    np.random.seed(0)
    feat = Tensor(np.random.randn(4, 16).astype(np.float32))
    return ConfidentCounter(), (feat,)
