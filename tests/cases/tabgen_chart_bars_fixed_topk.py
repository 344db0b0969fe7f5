# case: detects chart bar peaks and keeps a fixed number of candidates with topk k from the constructor plus a validity flag -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BarCandidateHead(nn.Cell):
    def __init__(self, channels=4, max_bars=6, peak_thresh=0.6):
        super().__init__()
        self.head = nn.Conv2d(channels, 1, 3, pad_mode="same", has_bias=True)
        self.pool = nn.MaxPool2d(kernel_size=3, stride=1, pad_mode="same")
        self.max_bars = max_bars
        self.peak_thresh = peak_thresh

    def construct(self, feats):
        hm = ops.sigmoid(self.head(feats))
        local_max = self.pool(hm)
        keep = (hm == local_max).astype(hm.dtype)
        peak_map = (hm * keep).reshape(-1)
        width = hm.shape[-1]
        scores, flat_idx = ops.topk(peak_map, self.max_bars)
        ys = flat_idx // width
        xs = flat_idx % width
        valid = scores > self.peak_thresh
        return ops.stack([ys, xs], axis=1), scores, valid


def make():
    np.random.seed(9)
    feats = Tensor(np.random.randn(1, 4, 12, 16).astype(np.float32) * 2.0)
    return BarCandidateHead(), (feats,)
