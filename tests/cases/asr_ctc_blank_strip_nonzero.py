# case: strip blank frames by gathering the nonzero positions of a non-blank mask -> dynamic shape at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BlankStripper(nn.Cell):
    """Keeps only the emitting frames of a CTC posterior (used for frame-skipping decoders)."""

    def __init__(self, blank_id=0, blank_threshold=0.9):
        super().__init__()
        self.blank_id = blank_id
        self.blank_threshold = blank_threshold
        self.softmax = nn.Softmax(axis=-1)

    def emitting_positions(self, probs):
        blank_prob = probs[:, self.blank_id]
        return ops.nonzero(blank_prob < self.blank_threshold)

    def construct(self, logits, enc):
        probs = self.softmax(logits)
        pos = self.emitting_positions(probs).squeeze(-1)
        kept_enc = ops.gather(enc, pos, 0)
        kept_probs = ops.gather(probs, pos, 0)
        return kept_enc, kept_probs


def make():
    np.random.seed(2)
    logits = np.random.randn(24, 10).astype(np.float32)
    logits[::3, 0] += 5.0
    enc = np.random.randn(24, 16).astype(np.float32)
    return BlankStripper(), (Tensor(logits), Tensor(enc))
