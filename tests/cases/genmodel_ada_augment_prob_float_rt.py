# case: StyleGAN-ADA style augment-probability heuristic converting the sign statistic with float() for a Python branch -> compile error at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveAugment(nn.Cell):
    def __init__(self, target_rt=0.6, adjust=0.05, p_init=0.2):
        super().__init__()
        self.target_rt = target_rt
        self.adjust = adjust
        self.p_init = p_init

    def overfit_heuristic(self, d_real_logits):
        return float(ops.sign(d_real_logits).mean())

    def construct(self, d_real_logits, images, noise):
        rt = self.overfit_heuristic(d_real_logits)
        p = self.p_init
        if rt > self.target_rt:
            p = p + self.adjust
        else:
            p = p - self.adjust
        p = min(max(p, 0.0), 1.0)
        return images + p * noise


def make():
    np.random.seed(0)
    logits = Tensor(np.random.randn(8).astype(np.float32) + 0.5)
    imgs = Tensor(np.random.randn(8, 3, 4, 4).astype(np.float32))
    noise = Tensor(np.random.randn(8, 3, 4, 4).astype(np.float32))
    return AdaptiveAugment(), (logits, imgs, noise)
