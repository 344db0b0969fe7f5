# case: envelope scan preprocessor crops the stamp corner only when the scan's mean ink exceeds a tensor threshold, so the branches return images of different widths -> if on tensor with differently shaped branches, rejected or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EnvelopePreprocess(nn.Cell):
    def __init__(self, stamp_width=16, ink_thresh=0.4):
        super().__init__()
        self.stamp_width = stamp_width
        self.ink_thresh = ink_thresh

    def normalise(self, img):
        return (img - img.mean()) / (img.std() + 1e-5)

    def construct(self, scan):
        ink = 1.0 - scan
        if ink.mean() > self.ink_thresh:
            body = scan[:, :-self.stamp_width]
        else:
            body = scan
        return self.normalise(body)


def make():
    np.random.seed(51)
    scan = Tensor(np.random.rand(32, 64).astype(np.float32))
    return EnvelopePreprocess(), (scan,)
