# case: overlap handling that keeps the two most likely speakers per frame with topk k=2 from config and scatters them back via one_hot -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopSpeakersPerFrame(nn.Cell):
    def __init__(self, n_speakers=5, max_overlap=2, min_prob=0.2):
        super().__init__()
        self.n_speakers = n_speakers
        self.max_overlap = max_overlap
        self.min_prob = min_prob
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, probs):
        # probs: (T, S) per-speaker activity probabilities
        vals, idx = ops.topk(probs, self.max_overlap)
        keep = (vals > self.min_prob).astype(ms.float32)
        onehot = ops.one_hot(idx, self.n_speakers, self.on, self.off)
        active = (onehot * keep.expand_dims(-1)).sum(axis=1)
        return ops.clamp(active, max=1.0)


def make():
    np.random.seed(20)
    probs = Tensor(np.random.rand(12, 5).astype(np.float32))
    return TopSpeakersPerFrame(), (probs,)
