# case: random erasing retries sampling an aspect ratio in a while loop on a tensor condition (bounded attempts) before building a fixed-size mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RetryRandomErasing(nn.Cell):
    def __init__(self, max_attempts=10, min_area=0.05, max_area=0.3, value=0.0):
        super().__init__()
        self.max_attempts = max_attempts
        self.min_area = min_area
        self.max_area = max_area
        self.value = value

    def sample_side(self):
        area = ops.uniform((2,), Tensor(self.min_area), Tensor(self.max_area))
        return ops.sqrt(area)

    def construct(self, img):
        h, w = img.shape[-2], img.shape[-1]
        side = self.sample_side()
        attempt = Tensor(0, ms.int32)
        while (side[0] + side[1] > 0.9) and attempt < self.max_attempts:
            side = self.sample_side()
            attempt = attempt + 1
        ys = ops.arange(h).astype(ms.float32) / h
        xs = ops.arange(w).astype(ms.float32) / w
        mask = (ys < side[0]).reshape(-1, 1) & (xs < side[1]).reshape(1, -1)
        return ops.masked_fill(img, mask, Tensor(self.value, ms.float32)), attempt


def make():
    np.random.seed(37)
    img = Tensor(np.random.rand(3, 8, 8).astype(np.float32))
    return RetryRandomErasing(), (img,)
