# case: find frames where the diarised speaker id changes using ops.nonzero on a change mask -> dynamic shape from nonzero
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpeakerTurnDetector(nn.Cell):
    def __init__(self, num_speakers=4, hidden=16):
        super().__init__()
        self.proj = nn.Dense(hidden, num_speakers)
        self.softmax = ops.Softmax(axis=-1)

    def speaker_ids(self, feats):
        probs = self.softmax(self.proj(feats))
        return ops.argmax(probs, dim=-1)

    def construct(self, feats):
        ids = self.speaker_ids(feats)
        change = ops.not_equal(ids[1:], ids[:-1])
        boundaries = ops.nonzero(change)
        return boundaries.squeeze(-1) + 1


def make():
    np.random.seed(0)
    feats = Tensor(np.random.randn(40, 16).astype(np.float32))
    return SpeakerTurnDetector(), (feats,)
