# case: @ms.jit inpainting loss that weights hole and valid pixels separately using boolean-mask indexing -> dynamic shape at line 11
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit
def inpaint_l1(pred, target, mask, hole_weight=6.0, valid_weight=1.0):
    err = ops.abs(pred - target)
    hole = ops.broadcast_to(mask, err.shape) > 0.5
    hole_loss = err[hole].mean()
    valid_loss = (err * (1.0 - mask)).mean()
    return hole_weight * hole_loss + valid_weight * valid_loss


def make():
    np.random.seed(20)
    pred = Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32))
    target = Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32))
    m = np.zeros((1, 1, 8, 8), dtype=np.float32)
    m[..., 2:6, 2:5] = 1.0
    return inpaint_l1, (pred, target, Tensor(m))
