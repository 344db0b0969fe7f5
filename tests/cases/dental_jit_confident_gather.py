# case: @ms.jit function that sorts tooth scores and gathers indices[:k] with k = count above threshold -> tensor-valued slice bound, dynamic or error
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def confident_tooth_centers(centers, scores, thresh):
    order = ops.argsort(scores, descending=True)
    k = (scores > thresh).astype(ms.int32).sum()
    keep = order[:k]
    kept_centers = ops.gather(centers, keep, 0)
    return kept_centers, kept_centers.mean(axis=0)


def make():
    np.random.seed(27)
    centers = np.random.rand(30, 2).astype(np.float32) * 300
    scores = np.random.rand(30).astype(np.float32)
    return confident_tooth_centers, (Tensor(centers), Tensor(scores), Tensor(0.6, ms.float32))
