# case: mean crystal size of only the halite pixels in a segmented harvest image, selected with boolean-mask indexing x[mask] -> boolean indexing gives a data-dependent length, expect dynamic shape or rejection
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrystalSegmenter(nn.Cell):
    def __init__(self, channels=8):
        super().__init__()
        self.body = nn.SequentialCell([
            nn.Conv2d(1, channels, 3, pad_mode="same"),
            nn.ReLU(),
            nn.Conv2d(channels, 2, 1),
        ])

    def construct(self, gray):
        logits = self.body(gray)
        return ops.softmax(logits, axis=1)[:, 1]


class HaliteSizeMeter(nn.Cell):
    def __init__(self, px_to_mm=0.05, min_prob=0.5):
        super().__init__()
        self.seg = CrystalSegmenter()
        self.px_to_mm = px_to_mm
        self.min_prob = min_prob

    def construct(self, gray, grain_px):
        prob = self.seg(gray)
        mask = prob > self.min_prob
        sizes = grain_px[mask] * self.px_to_mm
        return sizes.mean(), sizes


def make():
    np.random.seed(41)
    gray = Tensor(np.random.rand(2, 1, 16, 16).astype(np.float32))
    grain = Tensor(np.random.uniform(5.0, 60.0, size=(2, 16, 16)).astype(np.float32))
    return HaliteSizeMeter(), (gray, grain)
