# case: beat-synchronous chroma pooling with unsorted_segment_sum where the number of segments is the beat count from data -> dynamic shape at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeatActivation(nn.Cell):
    def __init__(self, n_feats=12, threshold=0.5):
        super().__init__()
        self.fc = nn.Dense(n_feats, 1)
        self.threshold = threshold

    def construct(self, chroma):
        act = ops.sigmoid(self.fc(chroma)).squeeze(-1)
        return (act > self.threshold).astype(ms.int32)


class BeatSyncChroma(nn.Cell):
    def __init__(self, n_chroma=12):
        super().__init__()
        self.beats = BeatActivation(n_chroma)

    def construct(self, chroma):
        # chroma: (frames, 12)
        is_beat = self.beats(chroma)
        segment_ids = ops.cumsum(is_beat, axis=0)
        n_segments = segment_ids[-1] + 1
        sums = ops.unsorted_segment_sum(chroma, segment_ids, n_segments)
        counts = ops.unsorted_segment_sum(ops.ones_like(chroma[:, :1]), segment_ids, n_segments)
        return sums / ops.maximum(counts, 1.0)


def make():
    np.random.seed(25)
    chroma = Tensor(np.random.rand(30, 12).astype(np.float32))
    return BeatSyncChroma(), (chroma,)
