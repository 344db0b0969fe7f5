# case: inference head that logs per-image scores with an f-string and float() on a tensor -> compile error at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScoreLogger(nn.Cell):
    def __init__(self, top_k=3, verbose=True):
        super().__init__()
        self.top_k = top_k
        self.verbose = verbose

    def topk_mean(self, amap):
        flat = amap.reshape(amap.shape[0], -1)
        vals, _ = ops.topk(flat, self.top_k, dim=1)
        return vals.mean(axis=1)

    def construct(self, amap):
        scores = self.topk_mean(amap)
        if self.verbose:
            worst = scores.max()
            msg = f"max image score = {float(worst):.4f}"
            print(msg)
        return scores


def make():
    np.random.seed(14)
    amap = np.random.rand(2, 1, 6, 6).astype(np.float32)
    return ScoreLogger(), (Tensor(amap),)
