# case: clip-level pooling averages the top-k frame scores with k = int(ratio * number of frames) taken from the tensor shape -> k is a Python int known at compile time, should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoolConfig:
    hidden_size = 32
    n_classes = 4
    topk_ratio = 0.25
    min_k = 1


class TopKPool(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.head = nn.Dense(config.hidden_size, config.n_classes)
        self.topk_ratio = config.topk_ratio
        self.min_k = config.min_k

    def _k(self, scores):
        n_frames = scores.shape[-1]
        return max(self.min_k, int(self.topk_ratio * n_frames))

    def construct(self, frames):
        # frames: (B, T, hidden)
        scores = ops.sigmoid(self.head(frames)).transpose(0, 2, 1)   # (B, C, T)
        k = self._k(scores)
        top_vals, top_idx = ops.topk(scores, k)
        return top_vals.mean(axis=-1), top_idx


def make():
    np.random.seed(3793)
    frames = Tensor(np.random.randn(2, 40, 32).astype(np.float32))
    return TopKPool(PoolConfig()), (frames,)
