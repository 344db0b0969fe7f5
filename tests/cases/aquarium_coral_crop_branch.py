# case: when the coral photo is mostly bright (bleaching suspected) crop to the central patch for a closer look, else keep the whole frame, then score the colour -> if on tensor value with branches of different shapes, expect Graph mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ColourScorer(nn.Cell):
    def __init__(self, ch=3):
        super().__init__()
        self.conv = nn.Conv2d(ch, 4, 3, pad_mode="same")

    def construct(self, img):
        return ops.sigmoid(self.conv(img)).mean(axis=(2, 3))


class BleachingCheck(nn.Cell):
    def __init__(self, bright_thresh=0.6, crop=16):
        super().__init__()
        self.bright = bright_thresh
        self.crop = crop
        self.scorer = ColourScorer()

    def construct(self, photo):
        brightness = photo.mean()
        if brightness > self.bright:
            h0 = (photo.shape[2] - self.crop) // 2
            w0 = (photo.shape[3] - self.crop) // 2
            patch = photo[:, :, h0:h0 + self.crop, w0:w0 + self.crop]
        else:
            patch = photo
        return self.scorer(patch), patch


def make():
    np.random.seed(171)
    photo = Tensor(np.random.uniform(0.4, 1.0, size=(1, 3, 32, 32)).astype(np.float32))
    return BleachingCheck(), (photo,)
