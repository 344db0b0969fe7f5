# case: @ms.jit metric function computes minADE@k with k from a module-level constant clipped by pred.shape[1] -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TOP_K = 3


def _ade(pred, gt):
    return ops.norm(pred - gt.expand_dims(1), dim=-1).mean(axis=-1)


@ms.jit
def min_ade_at_k(pred, probs, gt):
    k = min(TOP_K, pred.shape[1])
    _, order = ops.topk(probs, k)
    top = ops.gather(pred, order, axis=1, batch_dims=1)
    return _ade(top, gt).min(axis=1).mean()


def make():
    np.random.seed(35)
    pred = Tensor(np.random.randn(4, 6, 12, 2).astype(np.float32))
    probs = Tensor(np.random.rand(4, 6).astype(np.float32))
    gt = Tensor(np.random.randn(4, 12, 2).astype(np.float32))
    return min_ade_at_k, (pred, probs, gt)
