# case: jit-compiled top-k voxel cross-entropy (nnU-Net style TopKLoss) keeping a fixed fraction of voxels, k computed from logits.shape and a module constant -> shape-only k, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TOPK_PERCENT = 10


def _num_voxels(shape):
    n = 1
    for s in shape:
        n *= s
    return n


@ms.jit
def topk_ce_loss(logits, target, ignore_index=-1):
    b, c = logits.shape[0], logits.shape[1]
    k = max(int(_num_voxels(target.shape) * TOPK_PERCENT / 100), 1)
    logp = ops.log_softmax(logits, axis=1)
    flat_logp = logp.transpose(0, 2, 3, 4, 1).reshape(-1, c)
    flat_t = target.reshape(-1)
    valid = (flat_t != ignore_index).astype(ms.float32)
    safe_t = ops.where(flat_t == ignore_index, ops.zeros_like(flat_t), flat_t)
    oh = ops.one_hot(safe_t, c, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
    ce = -(flat_logp * oh).sum(axis=1) * valid
    top, _ = ops.topk(ce, k)
    return top.mean()


def make():
    np.random.seed(15)
    logits = Tensor(np.random.randn(2, 3, 6, 6, 6).astype(np.float32))
    target = Tensor(np.random.randint(-1, 3, size=(2, 6, 6, 6)).astype(np.int32))
    return topk_ce_loss, (logits, target)
