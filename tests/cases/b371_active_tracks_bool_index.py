# case: arranger keeps only the instrument tracks that play at least one note, selecting rows of the track embedding matrix with a boolean mask built from the piano roll -> boolean-mask indexing, dynamic shape or rejected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_TRACKS = 6
N_PITCHES = 32

class ArrangerConfig:
    d_model = 16
    drop_silent_tracks = True

class TrackSummariser(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.instrument_emb = nn.Embedding(N_TRACKS, config.d_model)
        self.roll_proj = nn.Dense(N_PITCHES, config.d_model)
        self.drop_silent_tracks = config.drop_silent_tracks

    def _track_activity(self, roll):
        return roll.sum(axis=(1, 2)) > 0

    def construct(self, roll, instrument_ids):
        h = self.roll_proj(roll).mean(axis=1) + self.instrument_emb(instrument_ids)
        if self.drop_silent_tracks:
            active = self._track_activity(roll)
            h = h[active]
        return h.mean(axis=0), h

def make():
    np.random.seed(3720)
    m = TrackSummariser(ArrangerConfig())
    roll = (np.random.rand(N_TRACKS, 8, N_PITCHES) > 0.9).astype(np.float32)
    roll[2] = 0.0
    roll[4] = 0.0
    return m, (Tensor(roll), Tensor(np.arange(N_TRACKS).astype(np.int32)))
