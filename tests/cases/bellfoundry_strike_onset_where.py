# case: mark clapper strike onsets in an envelope with three-argument ops.where, giving onset times or -1 per frame -> fixed shapes, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OnsetDetector(nn.Cell):
    def __init__(self, hop_s=0.01, rise_thresh=0.3):
        super().__init__()
        self.hop_s = hop_s
        self.rise_thresh = rise_thresh

    def envelope_rise(self, env):
        return env[1:] - env[:-1]

    def construct(self, env):
        rise = self.envelope_rise(env)
        frames = ops.arange(0, rise.shape[0], dtype=ms.float32) * self.hop_s
        is_onset = rise > self.rise_thresh
        onset_t = ops.where(is_onset, frames, ops.full_like(frames, -1.0))
        n_strikes = is_onset.astype(ms.int32).sum()
        return onset_t, n_strikes


def make():
    np.random.seed(21)
    env = np.random.rand(200).astype(np.float32) * 0.1
    for k in range(10, 200, 23):
        env[k] = 1.0
    return OnsetDetector(), (Tensor(env),)
