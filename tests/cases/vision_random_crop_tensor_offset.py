# case: in-graph random crop samples a top-left offset tensor and slices a fixed-size window starting there -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RandomCrop(nn.Cell):
    def __init__(self, crop_size=12, training=True):
        super().__init__()
        self.crop_size = crop_size
        self.training = training

    def _offsets(self, h, w, rand):
        top = (rand[0] * (h - self.crop_size)).astype(ms.int32)
        left = (rand[1] * (w - self.crop_size)).astype(ms.int32)
        return top, left

    def construct(self, images, rand):
        h, w = images.shape[2], images.shape[3]
        if self.training:
            top, left = self._offsets(h, w, rand)
        else:
            top, left = (h - self.crop_size) // 2, (w - self.crop_size) // 2
        return images[:, :, top:top + self.crop_size, left:left + self.crop_size]


def make():
    np.random.seed(16)
    imgs = Tensor(np.random.rand(2, 3, 20, 20).astype(np.float32))
    rand = Tensor(np.random.rand(2).astype(np.float32))
    return RandomCrop(), (imgs, rand)
