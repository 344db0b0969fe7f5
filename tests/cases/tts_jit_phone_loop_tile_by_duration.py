# case: @ms.jit length regulator that loops over phonemes and tiles each one by its integer duration read from the tensor -> compile error / dynamic at line 16
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def expand_one(vec, dur):
    return ops.tile(vec.expand_dims(0), (dur, 1))


@ms.jit
def regulate_length(phone_hidden, durations, pace=1.0):
    # single utterance: phone_hidden (T_x, H), durations (T_x,) int32
    pieces = []
    for i in range(phone_hidden.shape[0]):
        d = int(durations[i] / pace)
        pieces.append(expand_one(phone_hidden[i], d))
    frames = ops.concat(pieces, axis=0)
    return frames, frames.shape[0]


def make():
    np.random.seed(39)
    h = Tensor(np.random.randn(4, 6).astype(np.float32))
    d = Tensor(np.array([2, 1, 3, 2], np.int32))
    return regulate_length, (h, d)
