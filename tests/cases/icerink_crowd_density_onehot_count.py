# case: count distinct skater track IDs with a one-hot presence table over a fixed ID capacity -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SessionHeadcountOneHot(nn.Cell):
    def __init__(self, max_tracks=64, pad_id=-1):
        super().__init__()
        self.max_tracks = max_tracks
        self.pad_id = pad_id

    def construct(self, track_ids):
        valid = track_ids != self.pad_id
        per_frame = valid.astype(ms.float32).sum(axis=1)
        safe_ids = ops.where(valid, track_ids, ops.zeros_like(track_ids))
        onehot = ops.one_hot(safe_ids.reshape(-1), self.max_tracks,
                             Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        onehot = onehot * valid.reshape(-1, 1).astype(ms.float32)
        present = onehot.max(axis=0)
        return present.sum(), per_frame.mean()


def make():
    np.random.seed(3125)
    ids = np.random.randint(0, 40, size=(10, 12)).astype(np.int32)
    ids[np.random.rand(10, 12) > 0.7] = -1
    return SessionHeadcountOneHot(), (Tensor(ids),)
