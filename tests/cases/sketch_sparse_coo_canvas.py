# case: builds a sparse COO occupancy canvas from rasterised stroke pixels and densifies it for a CNN -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseCanvasEncoder(nn.Cell):
    """Pixel coordinates -> COO canvas -> dense image -> small conv encoder."""

    def __init__(self, size=16, channels=4):
        super().__init__()
        self.size = size
        self.conv = nn.Conv2d(1, channels, 3, pad_mode="same")
        self.pool = nn.AdaptiveAvgPool2d(1)

    def canvas(self, pixels, intensity):
        coo = COOTensor(pixels, intensity, (self.size, self.size))
        return coo.to_dense()

    def construct(self, pixels, intensity):
        img = self.canvas(pixels, intensity)
        feat = self.conv(img.reshape(1, 1, self.size, self.size))
        return self.pool(feat).reshape(1, -1)


def make():
    np.random.seed(11)
    idx = np.stack([np.arange(10) % 16, (np.arange(10) * 3) % 16], axis=1).astype(np.int32)
    vals = np.ones(10, np.float32)
    return SparseCanvasEncoder(), (Tensor(idx), Tensor(vals))
