# case: find clapper strike onsets in an envelope by thresholding its rise and taking ops.nonzero, then diffing the onset times -> nonzero output has data-dependent length, expected dynamic or error
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
        onset_idx = ops.nonzero(rise > self.rise_thresh).squeeze(-1)
        onset_t = onset_idx.astype(ms.float32) * self.hop_s
        intervals = onset_t[1:] - onset_t[:-1]
        return onset_t, intervals


def make():
    np.random.seed(21)
    env = np.random.rand(200).astype(np.float32) * 0.1
    for k in range(10, 200, 23):
        env[k] = 1.0
    return OnsetDetector(), (Tensor(env),)
