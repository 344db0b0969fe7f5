# case: boundary regression head refines segment edges via numpy after .asnumpy() in construct -> error in graph mode (host round trip)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BoundaryRefiner(nn.Cell):
    def __init__(self, channels=16, video_len=64.0):
        super().__init__()
        self.reg = nn.Conv1d(channels, 2, 3, pad_mode="same", has_bias=True)
        self.video_len = video_len

    def construct(self, feats, anchors):
        offsets = self.reg(feats).transpose(0, 2, 1)  # (B, T, 2)
        off = offsets.asnumpy()
        centers = anchors.asnumpy().mean(axis=-1)
        widths = anchors.asnumpy()[..., 1] - anchors.asnumpy()[..., 0]
        starts = np.clip(centers - widths * np.exp(off[..., 0]) / 2, 0, self.video_len)
        ends = np.clip(centers + widths * np.exp(off[..., 1]) / 2, 0, self.video_len)
        return Tensor(np.stack([starts, ends], axis=-1))


def make():
    np.random.seed(5)
    feats = Tensor(np.random.randn(2, 16, 12).astype(np.float32))
    s = np.random.rand(2, 12).astype(np.float32) * 50
    anchors = Tensor(np.stack([s, s + 8], axis=-1))
    return BoundaryRefiner(), (feats, anchors)
