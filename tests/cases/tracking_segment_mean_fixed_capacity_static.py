# case: per-track mean embedding via unsorted_segment_sum with num_segments fixed by the tracker capacity config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrackletPoolingFixed(nn.Cell):
    def __init__(self, max_tracks=8, normalize=True):
        super().__init__()
        self.max_tracks = max_tracks
        self.normalize = normalize

    def construct(self, emb, track_ids):
        total = ops.unsorted_segment_sum(emb, track_ids, self.max_tracks)
        ones = ops.ones((emb.shape[0], 1), emb.dtype)
        count = ops.unsorted_segment_sum(ones, track_ids, self.max_tracks)
        mean = total / ops.maximum(count, 1.0)
        if self.normalize:
            mean = mean / ops.sqrt((mean * mean).sum(1, keepdims=True) + 1e-6)
        present = count[:, 0] > 0
        return mean, present


def make():
    np.random.seed(26)
    emb = Tensor(np.random.randn(10, 8).astype(np.float32))
    ids = Tensor(np.array([0, 0, 1, 2, 2, 2, 1, 3, 3, 0], np.int32))
    return TrackletPoolingFixed(), (emb, ids)
