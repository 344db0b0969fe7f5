# case: exponential smoothing of a ball trajectory over a constant number of frames given by the constructor, results stacked -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EmaSmoother(nn.Cell):
    def __init__(self, n_frames=16, alpha=0.6):
        super().__init__()
        self.n_frames = n_frames
        self.alpha = alpha

    def construct(self, ball_xy):
        state = ball_xy[0]
        out = [state]
        for t in range(1, self.n_frames):
            state = self.alpha * ball_xy[t] + (1.0 - self.alpha) * state
            out.append(state)
        return ops.stack(out)


def make():
    np.random.seed(35)
    xy = (np.cumsum(np.random.randn(16, 2), axis=0) + np.random.randn(16, 2) * 0.3).astype(np.float32)
    return EmaSmoother(), (Tensor(xy),)
