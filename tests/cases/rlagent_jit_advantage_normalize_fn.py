# case: @ms.jit helper that whitens advantages over a padded [T, B] rollout using a float mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def masked_mean(x, mask, axis=None):
    if axis is None:
        return (x * mask).sum() / ops.maximum(mask.sum(), Tensor(1.0, ms.float32))
    return (x * mask).sum(axis) / ops.maximum(mask.sum(axis), Tensor(1.0, ms.float32))


@ms.jit
def whiten_advantages(adv, mask, eps=1e-8, shift_mean=True):
    mean = masked_mean(adv, mask)
    var = masked_mean((adv - mean) ** 2, mask)
    out = (adv - mean) * ops.rsqrt(var + eps)
    if not shift_mean:
        out = out + mean
    return out * mask


def make():
    np.random.seed(35)
    adv = Tensor(np.random.randn(6, 3).astype(np.float32))
    mask = np.ones((6, 3), np.float32)
    mask[4:, 0] = 0.0
    return whiten_advantages, (adv, Tensor(mask))
