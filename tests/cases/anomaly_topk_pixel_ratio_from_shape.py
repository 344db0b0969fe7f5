# case: image score as mean of the top 1% pixels, k computed from the static map shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopKImageScore(nn.Cell):
    def __init__(self, ratio=0.02, min_k=1):
        super().__init__()
        self.ratio = ratio
        self.min_k = min_k

    def num_pixels(self, amap):
        h, w = amap.shape[-2], amap.shape[-1]
        return max(int(h * w * self.ratio), self.min_k)

    def construct(self, amap):
        k = self.num_pixels(amap)
        flat = amap.reshape(amap.shape[0], -1)
        top, _ = ops.topk(flat, k, dim=1)
        return top.mean(axis=1)


def make():
    np.random.seed(25)
    amap = np.random.rand(3, 1, 20, 20).astype(np.float32)
    return TopKImageScore(), (Tensor(amap),)
