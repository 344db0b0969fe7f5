# case: @ms.jit multi-label BCE with label smoothing and ignored padded rows using where-masks and keyword defaults -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def _smooth(targets, eps):
    return targets * (1.0 - eps) + 0.5 * eps


@ms.jit
def smoothed_multilabel_bce(logits, targets, row_mask, eps=0.1, pos_weight=1.0):
    t = _smooth(targets, eps)
    log_p = ops.logsigmoid(logits)
    log_not_p = ops.logsigmoid(-logits)
    per_elem = -(pos_weight * t * log_p + (1.0 - t) * log_not_p)
    per_row = per_elem.mean(axis=-1)
    m = row_mask.astype(per_row.dtype)
    per_row = ops.where(row_mask, per_row, ops.zeros_like(per_row))
    return per_row.sum() / ops.maximum(m.sum(), Tensor(1.0, ms.float32))


def make():
    np.random.seed(28)
    logits = Tensor(np.random.randn(4, 5).astype(np.float32))
    targets = Tensor((np.random.rand(4, 5) > 0.6).astype(np.float32))
    row_mask = Tensor(np.array([True, True, True, False]))
    return smoothed_multilabel_bce, (logits, targets, row_mask)
