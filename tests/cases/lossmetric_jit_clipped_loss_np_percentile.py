# case: @ms.jit robust regression loss that clips per-sample losses at np.percentile of the tensor values -> compile error at line 16
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

CLIP_PERCENTILE = 90.0


def _per_sample_l2(pred, target):
    return ((pred - target) ** 2).mean(axis=-1)


@ms.jit
def clipped_regression_loss(pred, target, valid):
    per_sample = _per_sample_l2(pred, target)
    clip_at = np.percentile(per_sample.asnumpy(), CLIP_PERCENTILE)
    clipped = ops.clamp(per_sample, max=float(clip_at))
    weighted = clipped * valid
    denom = ops.clamp(valid.sum(), min=1.0)
    return weighted.sum() / denom


def make():
    np.random.seed(18)
    pred = Tensor(np.random.randn(10, 3).astype(np.float32))
    target = Tensor(np.random.randn(10, 3).astype(np.float32))
    valid = Tensor((np.random.rand(10) > 0.2).astype(np.float32))
    return clipped_regression_loss, (pred, target, valid)
