# case: PPO advantage normalisation picks valid steps with ops.masked_select before mean/std; expect dynamic at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def normalise(adv, eps=1e-8):
    mean = adv.mean()
    std = ops.sqrt(((adv - mean) ** 2).mean())
    return (adv - mean) / (std + eps)


class Net(nn.Cell):
    def __init__(self, clip=0.2):
        super().__init__()
        self.clip = clip

    def construct(self, ratio, advantages, done_mask):
        valid = done_mask > 0.5
        adv = ops.masked_select(advantages, valid)
        r = ops.masked_select(ratio, valid)
        adv = normalise(adv)
        surr1 = r * adv
        surr2 = ops.clip_by_value(r, 1.0 - self.clip, 1.0 + self.clip) * adv
        return -ops.minimum(surr1, surr2).mean()


def make():
    ratio = Tensor(np.random.uniform(0.8, 1.2, (4, 16)).astype(np.float32))
    adv = Tensor(np.random.randn(4, 16).astype(np.float32))
    mask = Tensor((np.random.rand(4, 16) > 0.3).astype(np.float32))
    return Net(), (ratio, adv, mask)
