# case: indexing with Ellipsis, None and a negative-step slice under a config flag; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlipAugment(nn.Cell):
    def __init__(self, flip=True):
        super().__init__()
        self.flip = flip

    def construct(self, img):
        if self.flip:
            img = img[..., ::-1]
        chan_mean = img.mean(axis=(-2, -1))
        centered = img - chan_mean[..., None, None]
        return centered[None, ...]


def make():
    return FlipAugment(), (Tensor(np.random.rand(3, 4, 6).astype(np.float32)),)
