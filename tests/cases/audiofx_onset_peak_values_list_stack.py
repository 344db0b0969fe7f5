# case: onset picker walks a fixed number of frames, appends the envelope value to a list only when the frame is a local peak above threshold, then stacks the list -> error or dynamic (list grown under tensor condition)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OnsetPeakCollector(nn.Cell):
    def __init__(self, threshold=0.6, n_frames=20):
        super().__init__()
        self.threshold = threshold
        self.n_frames = n_frames

    def is_peak(self, env, i):
        return env[i] > env[i - 1] and env[i] >= env[i + 1] and env[i] > self.threshold

    def construct(self, env):
        strengths = [env[0] * 0.0]
        for i in range(1, self.n_frames - 1):
            if self.is_peak(env, i):
                strengths.append(env[i])
        peaks = ops.stack(strengths)
        return peaks.sum(), peaks


def make():
    np.random.seed(40)
    env = Tensor(np.abs(np.random.randn(20)).astype(np.float32))
    return OnsetPeakCollector(), (env,)
