# case: count distinct skater track IDs seen by the overhead cameras during a public session with ops.unique -> dynamic output shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SessionHeadcount(nn.Cell):
    """Track IDs per frame (padded with -1) -> distinct skaters and mean per frame."""

    def __init__(self, pad_id=-1):
        super().__init__()
        self.pad_id = pad_id

    def construct(self, track_ids):
        valid = track_ids != self.pad_id
        per_frame = valid.astype(ms.float32).sum(axis=1)
        flat = track_ids.reshape(-1)
        ids, _ = ops.unique(flat)
        n_distinct = (ids != self.pad_id).astype(ms.int32).sum()
        return n_distinct, per_frame.mean()


def make():
    np.random.seed(3124)
    ids = np.random.randint(0, 40, size=(10, 12)).astype(np.int32)
    ids[np.random.rand(10, 12) > 0.7] = -1
    return SessionHeadcount(), (Tensor(ids),)
