# case: flat background subtraction using np.percentile on the tensor's numpy copy inside construct -> compile error at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PercentileBackground(nn.Cell):
    def __init__(self, percentile=5.0, clamp_negative=True):
        super().__init__()
        self.percentile = percentile
        self.clamp_negative = clamp_negative

    def estimate_background(self, img):
        arr = img.asnumpy()
        return float(np.percentile(arr, self.percentile))

    def construct(self, img):
        bg = self.estimate_background(img)
        out = img - bg
        if self.clamp_negative:
            out = ops.relu(out)
        return out


def make():
    np.random.seed(3)
    img = (np.random.rand(2, 1, 16, 16) * 0.1 + 0.4).astype(np.float32)
    img[:, :, 4:9, 4:9] += 1.0
    return PercentileBackground(), (Tensor(img),)
