# case: @ms.jit helper returns active track ids as a Python list via .tolist() of the alive-masked ids -> compile error at line 11
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def active_track_ids(ids, scores, min_score=0.4):
    alive = scores > min_score
    masked = ops.where(alive, ids, ops.full_like(ids, -1))
    out = [int(i) for i in masked.tolist() if i >= 0]
    return out


def make():
    np.random.seed(30)
    ids = Tensor(np.arange(100, 106, dtype=np.int32))
    scores = Tensor(np.random.rand(6).astype(np.float32))
    return active_track_ids, (ids, scores)
