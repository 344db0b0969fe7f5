# case: tracker wraps the per-frame Kalman state in an @ms.jit_class STrack created and mutated inside construct -> static or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class STrackState:
    def __init__(self, mean, score):
        self.mean = mean
        self.score = score

    def predict(self, motion):
        self.mean = ops.matmul(self.mean, motion.T)
        return self.mean


class StateConfig:
    dt = 1.0
    ndim = 4


class StrackPredictor(nn.Cell):
    def __init__(self, config=StateConfig):
        super().__init__()
        f = np.eye(2 * config.ndim, dtype=np.float32)
        f[:config.ndim, config.ndim:] += np.eye(config.ndim, dtype=np.float32) * config.dt
        self.motion = Tensor(f)

    def construct(self, mean, score):
        track = STrackState(mean, score)
        pred = track.predict(self.motion)
        return pred, track.score * 0.9


def make():
    np.random.seed(101)
    mean = Tensor(np.random.randn(3, 8).astype(np.float32))
    score = Tensor(np.random.rand(3).astype(np.float32))
    return StrackPredictor(), (mean, score)
