# case: normaliser stores the largest score seen so far by writing a plain attribute on self inside construct -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OnlineScoreNormalizer(nn.Cell):
    def __init__(self, kernel=3):
        super().__init__()
        self.pool = nn.AvgPool2d(kernel_size=kernel, stride=1, pad_mode="same")
        self.max_seen = Tensor(1e-6, ms.float32)
        self.calls = 0

    def image_score(self, amap):
        return self.pool(amap).reshape(amap.shape[0], -1).max(axis=1)

    def construct(self, amap):
        scores = self.image_score(amap)
        batch_max = scores.max()
        if batch_max > self.max_seen:
            self.max_seen = batch_max
        self.calls += 1
        return scores / self.max_seen


def make():
    np.random.seed(13)
    amap = np.random.rand(3, 1, 8, 8).astype(np.float32)
    return OnlineScoreNormalizer(), (Tensor(amap),)
