# case: posterior smoother averages the last w frames, where w is clipped to the shortest utterance length read with int() from a lengths tensor inside a helper -> slice length comes from data, Graph mode cannot keep a static shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SMOOTH_WINDOW = 30


class SmootherConfig:
    max_window = SMOOTH_WINDOW
    apply_softmax = True


class PosteriorSmoother(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        config = SmootherConfig() if config is None else config
        self.max_window = config.max_window
        self.apply_softmax = getattr(config, "apply_softmax", False)

    def _window_len(self, frame_lengths):
        shortest = ops.minimum(frame_lengths.min(), self.max_window)
        return int(shortest)

    def construct(self, logits, frame_lengths):
        post = ops.softmax(logits, axis=-1) if self.apply_softmax else logits
        w = self._window_len(frame_lengths)
        tail = post[:, -w:, :]
        return tail.mean(axis=1)


def make():
    np.random.seed(3832)
    logits = Tensor(np.random.randn(2, 49, 12).astype(np.float32))
    lengths = Tensor(np.array([41, 23], np.int32))
    return PosteriorSmoother(), (logits, lengths)
