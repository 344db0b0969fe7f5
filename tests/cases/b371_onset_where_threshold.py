# case: onset detector keeps onset probabilities above threshold with three-argument ops.where and counts onsets per pitch with a float mask sum -> fixed shapes, static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ONSET_THRESHOLD = 0.5

class FrameConfig:
    hidden = 32
    n_pitches = 24
    return_counts = True

class OnsetFrameHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.proj = nn.Dense(config.hidden, config.n_pitches)
        self.return_counts = config.return_counts

    def construct(self, frames, threshold=None):
        thr = ONSET_THRESHOLD if threshold is None else threshold
        probs = ops.sigmoid(self.proj(frames))
        onset = probs > thr
        kept = ops.where(onset, probs, ops.zeros_like(probs))
        outputs = (kept,)
        if self.return_counts:
            outputs = outputs + ((onset.astype(ms.float32)).sum(axis=0),)
        return outputs

def make():
    np.random.seed(3736)
    head = OnsetFrameHead(FrameConfig())
    return head, (Tensor(np.random.randn(20, 32).astype(np.float32)),)
