# case: mean crystal size of halite pixels in a segmented harvest image, computed by multiplying with the float mask and dividing by its sum -> mask by multiplication, fixed shapes, expect a static graph
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
    def __init__(self, px_to_mm=0.05, min_prob=0.5, eps=1e-6):
        super().__init__()
        self.seg = CrystalSegmenter()
        self.px_to_mm = px_to_mm
        self.min_prob = min_prob
        self.eps = eps

    def construct(self, gray, grain_px):
        prob = self.seg(gray)
        mask = (prob > self.min_prob).astype(grain_px.dtype)
        sizes = grain_px * mask * self.px_to_mm
        per_image = sizes.sum(axis=(1, 2)) / (mask.sum(axis=(1, 2)) + self.eps)
        return per_image.mean(), per_image


def make():
    np.random.seed(41)
    gray = Tensor(np.random.rand(2, 1, 16, 16).astype(np.float32))
    grain = Tensor(np.random.uniform(5.0, 60.0, size=(2, 16, 16)).astype(np.float32))
    return HaliteSizeMeter(), (gray, grain)
