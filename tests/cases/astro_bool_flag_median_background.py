# case: background model chooses mean or sorted-median sky by a Python bool constructor flag; median index from shape -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SkyModel(nn.Cell):
    def __init__(self, use_median=True, scale=1.0):
        super().__init__()
        self.use_median = use_median
        self.scale = scale

    def median(self, x):
        flat = x.reshape(-1)
        srt, _ = ops.sort(flat)
        return srt[flat.shape[0] // 2]

    def construct(self, img):
        if self.use_median:
            sky = self.median(img)
        else:
            sky = img.mean()
        return (img - sky) * self.scale


def make():
    np.random.seed(38)
    img = np.random.normal(300.0, 8.0, (10, 10)).astype(np.float32)
    img[4:6, 4:6] += 400.0
    return SkyModel(), (Tensor(img),)
