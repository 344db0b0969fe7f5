# case: posterior smoother computes a moving average over a window taken from the config (Python int) using cumsum and shape-based slices -> window is a constant, Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from dataclasses import dataclass


@dataclass
class SmoothingConfig:
    window: int = 10
    skip_filler: bool = True
    eps: float = 1e-8


class MovingAverageSmoother(nn.Cell):
    def __init__(self, config: SmoothingConfig = None):
        super().__init__()
        config = SmoothingConfig() if config is None else config
        self.window = config.window
        self.skip_filler = config.skip_filler

    def _pad_front(self, post):
        pad = ops.zeros((post.shape[0], self.window, post.shape[2]), post.dtype)
        return ops.concat((pad, post), axis=1)

    def construct(self, posteriors):
        post = posteriors[..., 1:] if self.skip_filler else posteriors
        csum = ops.cumsum(self._pad_front(post), axis=1)
        n = post.shape[1]
        smoothed = (csum[:, self.window:, :] - csum[:, :n, :]) / self.window
        return smoothed


def make():
    np.random.seed(38322)
    post = np.random.rand(2, 49, 12).astype(np.float32)
    post /= post.sum(-1, keepdims=True)
    return MovingAverageSmoother(), (Tensor(post),)
