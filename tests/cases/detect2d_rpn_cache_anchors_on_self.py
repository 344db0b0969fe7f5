# case: RPN head caches the generated anchors and their feature size on self inside construct -> compile error at line 31
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RPNHead(nn.Cell):
    def __init__(self, in_channels=8, num_anchors=3, stride=16, anchor_size=32.0):
        super().__init__()
        self.conv = nn.Conv2d(in_channels, in_channels, 3, pad_mode="same")
        self.cls = nn.Conv2d(in_channels, num_anchors, 1)
        self.reg = nn.Conv2d(in_channels, num_anchors * 4, 1)
        self.stride = stride
        self.anchor_size = anchor_size
        self.num_anchors = num_anchors
        self.cached_anchors = ops.zeros((1, 4), ms.float32)

    def make_anchors(self, h, w):
        xs = (ops.arange(w, dtype=ms.float32) + 0.5) * self.stride
        ys = (ops.arange(h, dtype=ms.float32) + 0.5) * self.stride
        yy, xx = ops.meshgrid(ys, xs, indexing="ij")
        c = ops.stack([xx.reshape(-1), yy.reshape(-1)], axis=1)
        half = self.anchor_size / 2
        a = ops.concat([c - half, c + half], axis=1)
        return a.view(-1, 1, 4).broadcast_to((h * w, self.num_anchors, 4)).reshape(-1, 4)

    def construct(self, feat):
        x = ops.relu(self.conv(feat))
        h, w = feat.shape[2], feat.shape[3]
        anchors = self.make_anchors(h, w)
        self.cached_anchors = anchors
        objectness = self.cls(x).transpose(0, 2, 3, 1).reshape(feat.shape[0], -1)
        deltas = self.reg(x).transpose(0, 2, 3, 1).reshape(feat.shape[0], -1, 4)
        return objectness, deltas, anchors


def make():
    np.random.seed(21)
    feat = Tensor(np.random.randn(2, 8, 5, 6).astype(np.float32))
    return RPNHead(), (feat,)
