# case: per-speaker centroids from segment labels using a one_hot matrix with a fixed maximum speaker count and a matmul -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpeakerCentroids(nn.Cell):
    def __init__(self, max_speakers=4):
        super().__init__()
        self.max_speakers = max_speakers
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, seg_emb, seg_labels):
        # seg_emb: (N, D), seg_labels: (N,) int32
        onehot = ops.one_hot(seg_labels, self.max_speakers, self.on, self.off)
        sums = ops.matmul(onehot.T, seg_emb)
        counts = onehot.sum(axis=0).expand_dims(-1)
        centroids = sums / ops.clamp(counts, min=1.0)
        present = (counts > 0).astype(ms.float32)
        return centroids, present.squeeze(-1)


def make():
    np.random.seed(22)
    seg = Tensor(np.random.randn(6, 4).astype(np.float32))
    labels = Tensor(np.array([0, 1, 0, 2, 1, 0], dtype=np.int32))
    return SpeakerCentroids(), (seg, labels)
