# case: blind denoiser that estimates noise level and, for strong noise, processes features at half resolution (branch changes feature shape) -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NoiseEstimator(nn.Cell):
    def __init__(self, ch=3):
        super().__init__()
        self.conv = nn.Conv2d(ch, 1, 3, pad_mode="same")

    def construct(self, x):
        return ops.sigmoid(self.conv(x)).mean()


class AdaptiveDenoiser(nn.Cell):
    def __init__(self, ch=8, switch_sigma=0.3):
        super().__init__()
        self.estimator = NoiseEstimator()
        self.enc = nn.Conv2d(3, ch, 3, pad_mode="same")
        self.down = nn.Conv2d(ch, ch, 3, stride=2, pad_mode="pad", padding=1)
        self.body = nn.Conv2d(ch, ch, 3, pad_mode="same")
        self.dec = nn.Conv2d(ch, 3, 3, pad_mode="same")
        self.switch_sigma = switch_sigma

    def construct(self, noisy):
        sigma = self.estimator(noisy)
        feats = ops.relu(self.enc(noisy))
        if sigma > self.switch_sigma:
            feats = ops.relu(self.down(feats))
        feats = ops.relu(self.body(feats))
        residual = self.dec(feats)
        residual = ops.interpolate(residual, size=noisy.shape[2:], mode="bilinear", align_corners=False)
        return noisy - residual, sigma


def make():
    np.random.seed(26)
    return AdaptiveDenoiser(), (Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32)),)
