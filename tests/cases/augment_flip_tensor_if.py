# case: horizontal/vertical flips decided by `if ops.rand(()) < p:` on a tensor, both branches keep the shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RandomFlips(nn.Cell):
    def __init__(self, hflip_p=0.5, vflip_p=0.2):
        super().__init__()
        self.hflip_p = hflip_p
        self.vflip_p = vflip_p

    def construct(self, img, boxes):
        w = img.shape[-1]
        h = img.shape[-2]
        if ops.rand(()) < self.hflip_p:
            img = ops.flip(img, (-1,))
            boxes = ops.stack([w - boxes[:, 2], boxes[:, 1], w - boxes[:, 0], boxes[:, 3]], axis=1)
        if ops.rand(()) < self.vflip_p:
            img = ops.flip(img, (-2,))
            boxes = ops.stack([boxes[:, 0], h - boxes[:, 3], boxes[:, 2], h - boxes[:, 1]], axis=1)
        return img, boxes


def make():
    np.random.seed(8)
    img = Tensor(np.random.rand(3, 10, 12).astype(np.float32))
    boxes = Tensor(np.array([[1, 2, 5, 6], [3, 3, 9, 8]], np.float32))
    return RandomFlips(), (img, boxes)
