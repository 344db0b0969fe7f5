# case: overlapping patch extraction with python-int loops over sizes from .shape, per-patch denoising, overlap-add with a count map -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def patch_starts(size, patch, stride):
    starts = list(range(0, size - patch + 1, stride))
    if starts[-1] != size - patch:
        starts.append(size - patch)
    return starts


class OverlapAddDenoiser(nn.Cell):
    def __init__(self, channels=1, patch=6, stride=4, feats=8):
        super().__init__()
        self.patch = patch
        self.stride = stride
        self.net = nn.SequentialCell([
            nn.Conv2d(channels, feats, 3, pad_mode="same"), nn.ReLU(),
            nn.Conv2d(feats, channels, 3, pad_mode="same"),
        ])

    def construct(self, noisy):
        b, c, h, w = noisy.shape
        p = self.patch
        out = ops.zeros_like(noisy)
        count = ops.zeros_like(noisy)
        for y in patch_starts(h, p, self.stride):
            for x in patch_starts(w, p, self.stride):
                tile = noisy[:, :, y:y + p, x:x + p]
                den = tile - self.net(tile)
                pad = (x, w - x - p, y, h - y - p)
                out = out + ops.pad(den, pad)
                count = count + ops.pad(ops.ones_like(den), pad)
        return out / count


def make():
    np.random.seed(30)
    noisy = Tensor(np.random.rand(1, 1, 14, 10).astype(np.float32))
    return OverlapAddDenoiser(), (noisy,)
