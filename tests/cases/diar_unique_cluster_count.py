# case: counts distinct speakers by running ops.unique on argmax cluster assignments and normalises the per-speaker durations -> dynamic shape from unique
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpeakerCounter(nn.Cell):
    def __init__(self, n_clusters=6, frame_shift=0.01):
        super().__init__()
        self.n_clusters = n_clusters
        self.frame_shift = frame_shift

    def construct(self, posteriors):
        # posteriors: (T, K) soft cluster assignments
        labels = ops.argmax(posteriors, dim=-1)
        speakers, _ = ops.unique(labels)
        onehot = ops.one_hot(labels, self.n_clusters, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        durations = onehot.sum(axis=0) * self.frame_shift
        active = ops.gather(durations, speakers, 0)
        return active / active.sum()


def make():
    np.random.seed(5)
    post = Tensor(np.random.rand(40, 6).astype(np.float32))
    return SpeakerCounter(), (post,)
