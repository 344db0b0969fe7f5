# case: per-sample random horizontal flip chosen with ops.uniform and applied with ops.where over reversed images; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RandomHFlip(nn.Cell):
    def __init__(self, prob=0.5):
        super().__init__()
        self.prob = prob

    def construct(self, img, boxes):
        n, _, _, w = img.shape
        coin = ops.uniform((n,), Tensor(0.0, ms.float32), Tensor(1.0, ms.float32)) < self.prob
        flipped = ops.flip(img, dims=(3,))
        img = ops.where(coin.reshape(n, 1, 1, 1), flipped, img)
        fx1 = w - boxes[..., 2]
        fx2 = w - boxes[..., 0]
        fboxes = ops.stack((fx1, boxes[..., 1], fx2, boxes[..., 3]), axis=-1)
        boxes = ops.where(coin.reshape(n, 1, 1), fboxes, boxes)
        return img, boxes


def make():
    img = Tensor(np.random.rand(4, 3, 16, 16).astype(np.float32))
    boxes = Tensor(np.random.rand(4, 5, 4).astype(np.float32) * 16)
    return RandomHFlip(), (img, boxes)
