# case: top-k seed candidates with k = max_seeds from config, weak candidates masked with where -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopSeedCandidates(nn.Cell):
    def __init__(self, max_seeds=8, window=5, min_score=0.3):
        super().__init__()
        self.max_seeds = max_seeds
        self.local_max = nn.MaxPool2d(kernel_size=window, stride=1, pad_mode="same")
        self.min_score = min_score

    def construct(self, prob):
        b, _, h, w = prob.shape
        peaks = ops.where(prob == self.local_max(prob), prob, ops.zeros_like(prob))
        scores, idx = ops.topk(peaks.reshape(b, h * w), self.max_seeds)
        valid = scores > self.min_score
        ys = (idx // w).astype(ms.float32)
        xs = (idx % w).astype(ms.float32)
        coords = ops.stack([ys, xs], axis=-1)
        coords = ops.where(valid.expand_dims(-1), coords, ops.full_like(coords, -1.0))
        return coords, valid.astype(ms.int32).sum(axis=1)


def make():
    np.random.seed(12)
    prob = np.random.rand(2, 1, 20, 20).astype(np.float32) * 0.25
    prob[0, 0, 4, 4] = 0.9
    prob[1, 0, 12, 7] = 0.8
    return TopSeedCandidates(), (Tensor(prob),)
