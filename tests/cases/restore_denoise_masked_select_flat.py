# case: denoising loss restricted to pixels whose noise level exceeds a threshold, using masked_select -> dynamic shape at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NoiseAwareL1(nn.Cell):
    def __init__(self, sigma_thresh=0.05, eps=1e-6):
        super().__init__()
        self.sigma_thresh = sigma_thresh
        self.eps = eps
        self.denoiser = nn.SequentialCell([
            nn.Conv2d(4, 8, 3, pad_mode="same"),
            nn.LeakyReLU(0.2),
            nn.Conv2d(8, 3, 3, pad_mode="same"),
        ])

    def construct(self, noisy, noise_map, clean):
        inp = ops.concat((noisy, noise_map), axis=1)
        pred = noisy - self.denoiser(inp)
        err = ops.abs(pred - clean)
        heavy = ops.broadcast_to(noise_map > self.sigma_thresh, err.shape)
        heavy_err = ops.masked_select(err, heavy)
        return heavy_err.sum() / (heavy_err.size + self.eps)


def make():
    np.random.seed(4)
    noisy = Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32))
    noise_map = Tensor((np.random.rand(1, 1, 8, 8) * 0.1).astype(np.float32))
    clean = Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32))
    return NoiseAwareL1(), (noisy, noise_map, clean)
