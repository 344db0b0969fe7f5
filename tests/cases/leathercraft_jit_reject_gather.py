# case: goods inspection, a jitted function gathers the first k rejected wallet panels where k comes from the reject counter tensor -> gather indices length from tensor value in @ms.jit
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def panel_weights(n):
    return Tensor(np.linspace(1.0, 0.5, n).astype(np.float32))


W = panel_weights(30)


@ms.jit
def first_rejects(panel_scores, reject_order, n_rejects):
    k = int(n_rejects)
    take = reject_order[:k]
    picked = ops.gather(panel_scores, take, 0)
    return picked * ops.gather(W, take, 0)


def make():
    np.random.seed(3108)
    scores = Tensor(np.random.rand(30).astype(np.float32))
    order = Tensor(np.random.permutation(30).astype(np.int32))
    n = Tensor(np.array(7, np.int32))
    return first_rejects, (scores, order, n)
