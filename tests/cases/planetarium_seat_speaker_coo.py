# case: route audio cue levels to audience seats through a sparse seat-to-speaker COO matrix -> sparse COOTensor in construct, graph mode support uncertain
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeatSpeakerRouting(nn.Cell):
    def __init__(self, n_seats, n_speakers):
        super().__init__()
        self.shape = (n_seats, n_speakers)

    def construct(self, indices, gains, speaker_levels):
        routing = ms.COOTensor(indices, gains, self.shape)
        dense = routing.to_dense()
        seat_level = ops.matmul(dense, speaker_levels.reshape(-1, 1))
        return seat_level.reshape(-1)


def build_routing(n_seats, n_speakers, per_seat=2):
    rows, cols, vals = [], [], []
    for s in range(n_seats):
        spk = np.random.choice(n_speakers, per_seat, replace=False)
        for k, c in enumerate(sorted(spk)):
            rows.append(s)
            cols.append(c)
            vals.append(0.7 if k == 0 else 0.3)
    idx = np.stack([rows, cols], axis=1).astype(np.int32)
    return Tensor(idx), Tensor(np.array(vals, np.float32))


def make():
    np.random.seed(334)
    n_seats, n_speakers = 60, 8
    idx, vals = build_routing(n_seats, n_speakers)
    levels = Tensor(np.random.uniform(0.2, 1.0, n_speakers).astype(np.float32))
    return SeatSpeakerRouting(n_seats, n_speakers), (idx, vals, levels)
