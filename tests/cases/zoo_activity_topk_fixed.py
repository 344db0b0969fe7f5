# case: pick the three most active enclosure cameras with a fixed k from the config -> constant top-k, Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopCameraSelector(nn.Cell):
    def __init__(self, n_features=16, top_k=3):
        super().__init__()
        self.top_k = top_k
        self.smooth = nn.Dense(n_features, 1)

    def activity_score(self, frames):
        return ops.sigmoid(self.smooth(frames)).squeeze(-1)

    def construct(self, frames):
        score = self.activity_score(frames)
        busy_count = (score > 0.4).astype(ms.int32).sum()
        top_vals, top_idx = ops.topk(score, self.top_k)
        return top_vals, top_idx, busy_count


def make():
    np.random.seed(12)
    frames = Tensor(np.random.randn(12, 16).astype(np.float32))
    return TopCameraSelector(), (frames,)
