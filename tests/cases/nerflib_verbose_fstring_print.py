# case: photometric loss cell logs the PSNR with an f-string print when verbose (config default True) -> print of f-string with tensor value in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LOG10 = float(np.log(10.0))


def mse_to_psnr(mse):
    return -10.0 * ops.log(mse) / LOG10


class LossConfig:
    def __init__(self, verbose=True, coarse_weight=0.1):
        self.verbose = verbose
        self.coarse_weight = coarse_weight


class NeRFLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.verbose = config.verbose
        self.coarse_weight = config.coarse_weight
        self.mse = nn.MSELoss()

    def construct(self, rgb_fine, rgb_coarse, target):
        loss_f = self.mse(rgb_fine, target)
        loss_c = self.mse(rgb_coarse, target)
        psnr = mse_to_psnr(loss_f)
        if self.verbose:
            print(f"[nerf] psnr={psnr} coarse={loss_c}")
        return loss_f + self.coarse_weight * loss_c


def make():
    np.random.seed(4)
    t = np.random.rand(64, 3).astype(np.float32)
    f = (t + 0.05 * np.random.randn(64, 3)).astype(np.float32)
    c = (t + 0.2 * np.random.randn(64, 3)).astype(np.float32)
    return NeRFLoss(LossConfig()), (Tensor(f), Tensor(c), Tensor(t))
