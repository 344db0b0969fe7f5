# case: keeps the largest connected foreground component using max-pool label propagation then unique + segment-sum component sizes -> dynamic shape at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def propagate_ids(mask, iterations):
    # mask: (1, 1, D, H, W) float 0/1; every foreground voxel starts with its own id
    n = mask.size
    ids = (ops.arange(1, n + 1, dtype=ms.float32).reshape(mask.shape)) * mask
    for _ in range(iterations):
        ids = ops.max_pool3d(ids, 3, 1, 1) * mask
    return ids


class KeepLargestComponent(nn.Cell):
    def __init__(self, threshold=0.5, iterations=6):
        super().__init__()
        self.threshold = threshold
        self.iterations = iterations

    def construct(self, prob):
        mask = (prob > self.threshold).astype(ms.float32)
        ids = propagate_ids(mask, self.iterations)
        flat = ids.reshape(-1).astype(ms.int32)
        uniq, inverse = ops.unique(flat)
        sizes = ops.unsorted_segment_sum(ops.ones_like(flat, dtype=ms.float32), inverse, uniq.shape[0])
        sizes = ops.where(uniq == 0, ops.zeros_like(sizes), sizes)
        largest = uniq[sizes.argmax()]
        return (ids == largest.astype(ms.float32)).astype(ms.float32)


def make():
    np.random.seed(0)
    p = np.zeros((1, 1, 8, 8, 8), dtype=np.float32)
    p[0, 0, 1:5, 1:5, 1:5] = 0.9
    p[0, 0, 6:8, 6:8, 6:8] = 0.8
    return KeepLargestComponent(), (Tensor(p),)
