# case: augmentation branch on a tensor coin: one branch center-crops (smaller), the other returns the image -> compile error at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlipOrZoom(nn.Cell):
    def __init__(self, zoom_p=0.3, margin=2):
        super().__init__()
        self.zoom_p = zoom_p
        self.margin = margin

    def center_crop(self, x):
        m = self.margin
        return x[:, :, m:-m, m:-m]

    def construct(self, x):
        coin = ops.rand(())
        if coin < self.zoom_p:
            out = self.center_crop(x)
        else:
            out = ops.flip(x, (-1,))
        return out.mean(axis=(2, 3))


def make():
    np.random.seed(9)
    x = Tensor(np.random.rand(2, 3, 12, 12).astype(np.float32))
    return FlipOrZoom(), (x,)
