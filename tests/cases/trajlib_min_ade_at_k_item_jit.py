# case: @ms.jit metric function computes minADE@k where k is passed as a tensor and converted with .item() to slice the first k modes -> slice length from tensor value, expect dynamic or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def _ade(pred, gt):
    return ops.norm(pred - gt.expand_dims(1), dim=-1).mean(axis=-1)


@ms.jit
def min_ade_at_k(pred, probs, gt, k):
    order = ops.sort(probs, axis=-1, descending=True)[1]
    ranked = ops.gather(pred, order, axis=1, batch_dims=1)
    top = ranked[:, : k.item()]
    return _ade(top, gt).min(axis=1).mean()


def make():
    np.random.seed(34)
    pred = Tensor(np.random.randn(4, 6, 12, 2).astype(np.float32))
    probs = Tensor(np.random.rand(4, 6).astype(np.float32))
    gt = Tensor(np.random.randn(4, 12, 2).astype(np.float32))
    return min_ade_at_k, (pred, probs, gt, Tensor(3, ms.int32))
