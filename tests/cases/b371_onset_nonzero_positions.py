# case: onset detector returns the (frame, pitch) positions of predicted note onsets with ops.nonzero on the thresholded onset probabilities -> output size depends on data, dynamic shape or rejected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class OnsetConfig:
    n_pitches = 24
    hidden = 32
    onset_threshold = 0.5
    return_positions = True

class OnsetHead(nn.Dense):
    def __init__(self, config):
        super().__init__(config.hidden, config.n_pitches)
        self.threshold = config.onset_threshold

    def probabilities(self, h):
        return ops.sigmoid(self.construct(h))

class OnsetDetector(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.head = OnsetHead(config)
        self.return_positions = getattr(config, "return_positions", False)

    def construct(self, frames):
        probs = self.head.probabilities(frames)
        onsets = probs > self.head.threshold
        if self.return_positions:
            return ops.nonzero(onsets), probs
        return onsets.astype(ms.float32), probs

def make():
    np.random.seed(3735)
    det = OnsetDetector(OnsetConfig())
    frames = Tensor(np.random.randn(20, 32).astype(np.float32))
    return det, (frames,)
