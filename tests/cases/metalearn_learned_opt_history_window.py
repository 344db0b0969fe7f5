# case: learned optimiser slicing its gradient-history buffer to the first min(step, max_hist) rows -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HistoryLearnedOptimizer(nn.Cell):
    """Per-coordinate learned update from grad, running mean and RMS of recent grads."""

    def __init__(self, hidden=32, max_hist=8, step_scale=0.01):
        super().__init__()
        self.max_hist = max_hist
        self.step_scale = step_scale
        self.update_net = nn.SequentialCell(
            nn.Dense(3, hidden), nn.Tanh(), nn.Dense(hidden, 1))

    def _features(self, grad, hist, step):
        window = ops.minimum(step, self.max_hist)
        recent = hist[:window]
        momentum = recent.mean(axis=0)
        rms = ops.sqrt((recent ** 2).mean(axis=0) + 1e-8)
        return ops.stack([grad, momentum, rms], axis=-1)

    def construct(self, params, grad, hist, step):
        feats = self._features(grad, hist, step)
        update = self.update_net(feats).squeeze(-1)
        return params - self.step_scale * update


def make():
    np.random.seed(1)
    opt = HistoryLearnedOptimizer()
    params = Tensor(np.random.randn(16).astype(np.float32))
    grad = Tensor(np.random.randn(16).astype(np.float32))
    hist = Tensor(np.random.randn(8, 16).astype(np.float32))
    return opt, (params, grad, hist, Tensor(5, ms.int32))
