# case: @ms.jit inference helper that expands phoneme features to a fixed max_frames with a cumsum/one-hot frame-to-phoneme map -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

MAX_FRAMES = 16


def frame_to_phone_index(durations, max_frames):
    ends = ops.cumsum(durations, axis=-1)                   # (B, T_x)
    frames = ops.arange(max_frames, dtype=durations.dtype).reshape(1, -1, 1)
    return (frames >= ends.expand_dims(1)).astype(ms.int32).sum(-1)  # (B, max_frames)


@ms.jit
def expand_by_durations(phone_hidden, durations, pace=1.0):
    durations = ops.round(durations.astype(ms.float32) / pace).astype(ms.int32)
    t_x = phone_hidden.shape[1]
    idx = frame_to_phone_index(durations, MAX_FRAMES)
    valid = idx < t_x
    idx = ops.minimum(idx, t_x - 1)
    onehot = ops.one_hot(idx, t_x, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
    frames = ops.bmm(onehot, phone_hidden)
    frames = frames * valid.expand_dims(-1).astype(ms.float32)
    return frames, durations.sum(-1)


def make():
    np.random.seed(36)
    h = Tensor(np.random.randn(2, 4, 8).astype(np.float32))
    d = Tensor(np.array([[2, 3, 1, 4], [1, 1, 2, 0]], np.int32))
    return expand_by_durations, (h, d)
