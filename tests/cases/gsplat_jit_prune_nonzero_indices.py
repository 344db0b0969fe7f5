# case: ms.jit function returning the indices of gaussians to prune via ops.nonzero on an opacity/scale test -> dynamic shape from nonzero
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def prune_indices(opacity_logits, log_scales, min_opacity, max_scale):
    opacity = ops.sigmoid(opacity_logits)
    largest = ops.exp(log_scales).max(axis=1)
    bad = ops.logical_or(opacity < min_opacity, largest > max_scale)
    idx = ops.nonzero(bad)
    return idx.reshape(-1)


def make():
    np.random.seed(23)
    logits = Tensor(np.random.uniform(-8, 3, (24,)).astype(np.float32))
    log_scales = Tensor(np.random.uniform(-5, 0, (24, 3)).astype(np.float32))
    return prune_indices, (logits, log_scales, 0.01, 0.4)
