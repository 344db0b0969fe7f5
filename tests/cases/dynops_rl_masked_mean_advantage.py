# case: PPO advantage normalisation with a float mask (weighted sums instead of selecting elements); expect static at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def masked_mean(x, mask):
    return (x * mask).sum() / ops.maximum(mask.sum(), 1.0)


class Net(nn.Cell):
    def __init__(self, clip=0.2, eps=1e-8):
        super().__init__()
        self.clip = clip
        self.eps = eps

    def construct(self, ratio, advantages, done_mask):
        mean = masked_mean(advantages, done_mask)
        var = masked_mean((advantages - mean) ** 2, done_mask)
        adv = (advantages - mean) / (ops.sqrt(var) + self.eps)
        surr1 = ratio * adv
        surr2 = ops.clip_by_value(ratio, 1.0 - self.clip, 1.0 + self.clip) * adv
        loss = -ops.minimum(surr1, surr2)
        return masked_mean(loss, done_mask)


def make():
    ratio = Tensor(np.random.uniform(0.8, 1.2, (4, 16)).astype(np.float32))
    adv = Tensor(np.random.randn(4, 16).astype(np.float32))
    mask = Tensor((np.random.rand(4, 16) > 0.3).astype(np.float32))
    return Net(), (ratio, adv, mask)
