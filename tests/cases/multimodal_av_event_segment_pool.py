# case: audio-visual event pooling sums frame features per detected event with unsorted_segment_sum, num_segments from segment ids -> dynamic shape at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EventPooler(nn.Cell):
    def __init__(self, vis_dim=20, aud_dim=12, hidden=16, num_events=6):
        super().__init__()
        self.vis = nn.Dense(vis_dim, hidden)
        self.aud = nn.Dense(aud_dim, hidden)
        self.event_cls = nn.Dense(hidden, num_events)

    def pool_segments(self, feats, segment_ids):
        num_segments = segment_ids.max() + 1
        sums = ops.unsorted_segment_sum(feats, segment_ids, num_segments)
        counts = ops.unsorted_segment_sum(ops.ones_like(feats[:, :1]), segment_ids, num_segments)
        return sums / ops.maximum(counts, 1.0)

    def construct(self, frames, audio, segment_ids):
        fused = ops.relu(self.vis(frames) + self.aud(audio))     # (T, H)
        events = self.pool_segments(fused, segment_ids)           # (S, H)
        return self.event_cls(events)


def make():
    np.random.seed(34)
    net = EventPooler()
    frames = Tensor(np.random.randn(8, 20).astype(np.float32))
    audio = Tensor(np.random.randn(8, 12).astype(np.float32))
    seg = Tensor(np.array([0, 0, 1, 1, 1, 2, 2, 3], np.int32))
    return net, (frames, audio, seg)
