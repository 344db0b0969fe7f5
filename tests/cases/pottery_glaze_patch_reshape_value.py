# case: reshape a flattened glaze photo into patches using the patch count read from a tensor argument -> reshape size from tensor value in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PatchVariance(nn.Cell):
    def __init__(self):
        super().__init__()
        self.eps = 1e-6

    def construct(self, flat_pixels, n_patches):
        n = int(n_patches)
        patches = flat_pixels.reshape(n, -1)
        mean = patches.mean(axis=1, keep_dims=True)
        var = ((patches - mean) ** 2).mean(axis=1)
        return var / (mean.squeeze(-1) + self.eps)


def make():
    np.random.seed(36)
    flat = np.random.rand(64).astype(np.float32)
    return PatchVariance(), (Tensor(flat), Tensor(8, ms.int32))
