# case: per-track mean embedding via unsorted_segment_sum with num_segments taken from the largest track id in the batch -> dynamic shape at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrackletPooling(nn.Cell):
    def __init__(self, normalize=True):
        super().__init__()
        self.normalize = normalize

    def pool(self, emb, track_ids, num_tracks):
        total = ops.unsorted_segment_sum(emb, track_ids, num_tracks)
        count = ops.unsorted_segment_sum(ops.ones_like(track_ids).astype(ms.float32), track_ids, num_tracks)
        return total / ops.maximum(count, 1.0)[:, None]

    def construct(self, emb, track_ids):
        num_tracks = track_ids.max() + 1
        mean = self.pool(emb, track_ids, num_tracks)
        if self.normalize:
            mean = mean / ops.norm(mean, dim=1, keepdim=True).clip(1e-6)
        return mean


def make():
    np.random.seed(25)
    emb = Tensor(np.random.randn(10, 8).astype(np.float32))
    ids = Tensor(np.array([0, 0, 1, 2, 2, 2, 1, 3, 3, 0], np.int32))
    return TrackletPooling(), (emb, ids)
