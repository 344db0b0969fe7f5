# case: jitted preprocessing fills padded amounts with the per-account median proxy (masked mean) via three-argument ops.where and log-scales them -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LOG_OFFSET = 1.0
CLIP_MAX = 12.0


def masked_mean(x, mask):
    return (x * mask).sum(axis=-1, keepdims=True) / ops.maximum(mask.sum(axis=-1, keepdims=True), 1.0)


@ms.jit
def fill_and_scale_amounts(amounts, txn_mask):
    valid = txn_mask > 0
    fill = ops.broadcast_to(masked_mean(amounts, txn_mask), amounts.shape)
    filled = ops.where(valid, amounts, fill)
    scaled = ops.log(filled + LOG_OFFSET)
    scaled = ops.clip_by_value(scaled, Tensor(0.0, ms.float32), Tensor(CLIP_MAX, ms.float32))
    return scaled, valid.astype(ms.float32)


def make():
    np.random.seed(3772)
    amounts = (np.abs(np.random.randn(5, 12)) * 250).astype(np.float32)
    mask = np.ones((5, 12), np.float32)
    mask[0, 8:] = 0.0
    mask[4, 3:] = 0.0
    amounts = amounts * mask
    return fill_and_scale_amounts, (Tensor(amounts), Tensor(mask))
