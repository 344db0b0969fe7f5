# case: tiled denoising appends each processed tile to a list stored on self and concatenates at the end -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StripDenoiser(nn.Cell):
    """Processes the image as horizontal strips to bound memory."""

    def __init__(self, channels=3, feats=8, strip=4):
        super().__init__()
        self.strip = strip
        self.tiles = []
        self.body = nn.SequentialCell([
            nn.Conv2d(channels, feats, 3, pad_mode="same"), nn.ReLU(),
            nn.Conv2d(feats, channels, 3, pad_mode="same"),
        ])

    def process_strip(self, s):
        return s - self.body(s)

    def construct(self, noisy):
        h = noisy.shape[2]
        self.tiles = []
        for top in range(0, h, self.strip):
            out = self.process_strip(noisy[:, :, top:top + self.strip, :])
            self.tiles.append(out)
        return ops.concat(self.tiles, axis=2)


def make():
    np.random.seed(27)
    noisy = Tensor(np.random.rand(1, 3, 12, 8).astype(np.float32))
    return StripDenoiser(), (noisy,)
