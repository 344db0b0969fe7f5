# case: boundary regression head predicts start/end offsets per anchor and decodes them with ops.clamp to the video length -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BoundaryRegressor(nn.Cell):
    def __init__(self, channels=16, video_len=64.0):
        super().__init__()
        self.reg = nn.Conv1d(channels, 2, 3, pad_mode="same", has_bias=True)
        self.video_len = video_len

    def decode(self, anchors, offsets):
        centers = anchors.mean(axis=-1)
        widths = anchors[..., 1] - anchors[..., 0]
        starts = centers - widths * ops.exp(offsets[..., 0]) / 2
        ends = centers + widths * ops.exp(offsets[..., 1]) / 2
        return ops.clamp(ops.stack([starts, ends], axis=-1), 0.0, self.video_len)

    def construct(self, feats, anchors):
        offsets = self.reg(feats).transpose(0, 2, 1)
        return self.decode(anchors, offsets)


def make():
    np.random.seed(38)
    feats = Tensor(np.random.randn(2, 16, 12).astype(np.float32))
    s = np.random.rand(2, 12).astype(np.float32) * 50
    anchors = Tensor(np.stack([s, s + 8], axis=-1))
    return BoundaryRegressor(), (feats, anchors)
