# case: per-frame PSNR over a clip using ops.log and a border crop from a constructor argument -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LOG10 = float(np.log(10.0))


class ClipPSNR(nn.Cell):
    def __init__(self, crop_border=2, max_val=1.0):
        super().__init__()
        self.crop_border = crop_border
        self.max_val = max_val

    def construct(self, sr, hr):
        # sr, hr: (B, T, C, H, W)
        cb = self.crop_border
        if cb > 0:
            sr = sr[..., cb:-cb, cb:-cb]
            hr = hr[..., cb:-cb, cb:-cb]
        mse = ((sr - hr) ** 2).mean(axis=(2, 3, 4))
        mse = ops.maximum(mse, 1e-10)
        psnr = 10.0 * ops.log(self.max_val ** 2 / mse) / LOG10
        return psnr.mean(axis=1)


def make():
    np.random.seed(18)
    hr = np.random.rand(2, 4, 3, 12, 12).astype(np.float32)
    sr = hr + np.random.randn(*hr.shape).astype(np.float32) * 0.02
    return ClipPSNR(), (Tensor(sr), Tensor(hr))
