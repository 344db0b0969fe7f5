# case: per-frame PSNR computed with math.log10 on float() of the MSE tensor inside construct -> error (host conversion of tensor data)
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FramePSNR(nn.Cell):
    def __init__(self, crop_border=1):
        super().__init__()
        self.crop_border = crop_border

    def crop(self, x):
        cb = self.crop_border
        return x[..., cb:-cb, cb:-cb]

    def construct(self, sr, hr):
        sr = self.crop(sr)
        hr = self.crop(hr)
        mse = ((sr - hr) ** 2).mean()
        psnr = 10.0 * math.log10(1.0 / float(mse))
        return Tensor(psnr, ms.float32)


def make():
    np.random.seed(17)
    hr = np.random.rand(3, 10, 10).astype(np.float32)
    sr = hr + np.random.randn(3, 10, 10).astype(np.float32) * 0.03
    return FramePSNR(), (Tensor(sr), Tensor(hr))
