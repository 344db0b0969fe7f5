# case: keeps the connected component containing the most confident voxel, using a fixed number of max-pool propagation steps -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeedComponentFilter(nn.Cell):
    def __init__(self, threshold=0.5, iterations=6, connectivity=26):
        super().__init__()
        self.threshold = threshold
        self.iterations = iterations
        self.kernel = 3 if connectivity == 26 else 1

    def _propagate(self, mask):
        ids = ops.arange(1, mask.size + 1, dtype=ms.float32).reshape(mask.shape) * mask
        for _ in range(self.iterations):
            ids = ops.max_pool3d(ids, self.kernel, 1, self.kernel // 2) * mask
        return ids

    def construct(self, prob):
        mask = (prob > self.threshold).astype(ms.float32)
        ids = self._propagate(mask)
        seed = ids.reshape(-1)[prob.reshape(-1).argmax()]
        keep = ops.logical_and(ids == seed, mask > 0)
        return prob * keep.astype(ms.float32)


def make():
    np.random.seed(0)
    p = np.random.rand(1, 1, 8, 8, 8).astype(np.float32) * 0.3
    p[0, 0, 1:4, 1:4, 1:4] = 0.8
    p[0, 0, 5:8, 5:8, 5:8] = 0.7
    p[0, 0, 2, 2, 2] = 0.99
    return SeedComponentFilter(), (Tensor(p),)
