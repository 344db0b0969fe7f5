# case: ms.jit function implementing per-class auto-pool with an alpha tensor via ops.exp and softmax over time -> Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit
def auto_pool(frame_probs, alpha):
    # frame_probs: (batch, frames, classes), alpha: (classes,)
    scaled = frame_probs * ops.exp(alpha).reshape(1, 1, -1)
    weights = ops.softmax(scaled, axis=1)
    clip = (weights * frame_probs).sum(axis=1)
    return clip


def make():
    np.random.seed(29)
    probs = Tensor(np.random.rand(3, 20, 6).astype(np.float32))
    alpha = Tensor(np.random.randn(6).astype(np.float32) * 0.5)
    return auto_pool, (probs, alpha)
