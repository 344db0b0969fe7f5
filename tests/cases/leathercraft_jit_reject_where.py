# case: goods inspection, a jitted function weights every wallet panel and zeroes those beyond the reject counter with an arange comparison -> ops.where on fixed shapes in @ms.jit, Graph mode fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def panel_weights(n):
    return Tensor(np.linspace(1.0, 0.5, n).astype(np.float32))


W = panel_weights(30)


@ms.jit
def first_rejects(panel_scores, reject_order, n_rejects):
    ordered = ops.gather(panel_scores, reject_order, 0)
    rank = ops.arange(0, ordered.shape[0], dtype=ms.int32)
    keep = rank < n_rejects
    weighted = ordered * ops.gather(W, reject_order, 0)
    return ops.where(keep, weighted, ops.zeros_like(weighted))


def make():
    np.random.seed(3109)
    scores = Tensor(np.random.rand(30).astype(np.float32))
    order = Tensor(np.random.permutation(30).astype(np.int32))
    n = Tensor(np.array(7, np.int32))
    return first_rejects, (scores, order, n)
