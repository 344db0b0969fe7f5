# case: evaluation cell that prints an f-string with the PSNR tensor value per clip inside construct -> error or static (f-string formatting of a tensor in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PSNREval(nn.Cell):
    def __init__(self, max_val=1.0, verbose=True):
        super().__init__()
        self.max_val = max_val
        self.verbose = verbose

    def psnr(self, sr, hr):
        mse = ((sr - hr) ** 2).mean(axis=(1, 2, 3, 4))
        return 10.0 * ops.log(self.max_val ** 2 / (mse + 1e-10)) / 2.302585

    def construct(self, sr, hr):
        scores = self.psnr(sr, hr)
        avg = scores.mean()
        if self.verbose:
            print(f"clip PSNR: {avg} dB over {sr.shape[1]} frames")
        return avg


def make():
    np.random.seed(16)
    hr = np.random.rand(2, 3, 3, 8, 8).astype(np.float32)
    sr = hr + np.random.randn(*hr.shape).astype(np.float32) * 0.05
    return PSNREval(), (Tensor(sr), Tensor(hr))
