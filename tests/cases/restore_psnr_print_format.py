# case: validation cell computes PSNR of the restored image and prints it with str.format inside construct -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def psnr(pred, target, max_val=1.0):
    mse = ((pred - target) ** 2).mean()
    return 10.0 * ops.log10(max_val * max_val / (mse + 1e-10))


class ValidateDenoiser(nn.Cell):
    def __init__(self, channels=3, feats=8, verbose=True):
        super().__init__()
        self.verbose = verbose
        self.net = nn.SequentialCell([
            nn.Conv2d(channels, feats, 3, pad_mode="same"), nn.ReLU(),
            nn.Conv2d(feats, feats, 3, pad_mode="same"), nn.ReLU(),
            nn.Conv2d(feats, channels, 3, pad_mode="same"),
        ])

    def construct(self, noisy, clean):
        restored = ops.clamp(noisy - self.net(noisy), 0.0, 1.0)
        score_in = psnr(noisy, clean)
        score_out = psnr(restored, clean)
        if self.verbose:
            msg = "PSNR {} dB -> {} dB".format(score_in, score_out)
            print(msg)
        return restored


def make():
    np.random.seed(26)
    clean = np.random.rand(1, 3, 8, 8).astype(np.float32)
    noisy = np.clip(clean + 0.1 * np.random.randn(1, 3, 8, 8), 0, 1).astype(np.float32)
    return ValidateDenoiser(), (Tensor(noisy), Tensor(clean))
