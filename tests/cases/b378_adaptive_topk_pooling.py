# case: clip-level pooling averages the top-k frame scores where k adapts to how many frames are active, computed by a module helper with int() on a tensor -> top-k size from data, should be rejected or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MIN_TOPK = 1


def _adaptive_k(frame_scores, threshold):
    n_active = (frame_scores > threshold).astype(ms.int32).sum(axis=-1).max()
    return max(MIN_TOPK, int(n_active))


class PoolConfig:
    hidden_size = 32
    n_classes = 4
    activity_threshold = 0.5


class AdaptiveTopKPool(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.head = nn.Dense(config.hidden_size, config.n_classes)
        self.threshold = config.activity_threshold

    def construct(self, frames):
        # frames: (T, hidden) one clip; pool each class over time
        scores = ops.sigmoid(self.head(frames)).transpose(1, 0)   # (C, T)
        k = _adaptive_k(scores, self.threshold)
        top_vals, _ = ops.topk(scores, k)
        return top_vals.mean(axis=-1)


def make():
    np.random.seed(3792)
    frames = Tensor(np.random.randn(40, 32).astype(np.float32))
    return AdaptiveTopKPool(PoolConfig()), (frames,)
