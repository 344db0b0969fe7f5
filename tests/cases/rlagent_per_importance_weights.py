# case: prioritized-replay importance-sampling weights with beta annealed from a Python step counter -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ImportanceWeightedTD(nn.Cell):
    def __init__(self, buffer_size=1000, beta_start=0.4, beta_frames=10000, frame=2500, huber=True):
        super().__init__()
        self.buffer_size = buffer_size
        self.beta = min(1.0, beta_start + frame * (1.0 - beta_start) / beta_frames)
        self.huber = huber

    def _weights(self, sample_probs):
        w = ops.pow(self.buffer_size * sample_probs, -self.beta)
        return w / ops.ReduceMax()(w)

    def _elementwise(self, td):
        if self.huber:
            a = ops.abs(td)
            return ops.where(a < 1.0, 0.5 * td * td, a - 0.5)
        return 0.5 * td * td

    def construct(self, q_taken, q_target, sample_probs):
        td = q_target - q_taken
        w = self._weights(sample_probs)
        loss = (w * self._elementwise(td)).mean()
        new_priorities = ops.abs(td) + 1e-6
        return loss, ops.stop_gradient(new_priorities)


def make():
    np.random.seed(25)
    q = Tensor(np.random.randn(8).astype(np.float32))
    qt = Tensor(np.random.randn(8).astype(np.float32))
    p = np.random.rand(8).astype(np.float32) * 1e-3
    return ImportanceWeightedTD(), (q, qt, Tensor(p))
