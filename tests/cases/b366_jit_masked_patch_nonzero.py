# case: ms.jit helper gathering the indices of masked patches with ops.nonzero on the 0/1 mask before gathering their targets -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PATCH_DIM = 12


def _flatten_batch(x):
    b, l, d = x.shape
    return x.reshape(b * l, d)


@ms.jit
def masked_patch_targets(patches, mask):
    flat = _flatten_batch(patches)
    idx = ops.nonzero(mask.reshape(-1))
    targets = ops.gather(flat, idx.reshape(-1), 0)
    return targets, targets.mean(axis=-1)


def make():
    np.random.seed(3688)
    patches = Tensor(np.random.randn(2, 9, PATCH_DIM).astype(np.float32))
    mask = Tensor((np.random.rand(2, 9) > 0.4).astype(np.int32))
    return masked_patch_targets, (patches, mask)
