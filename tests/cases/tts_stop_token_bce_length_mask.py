# case: stop-token BCE loss with positive weighting where targets and mask are derived from mel lengths via arange comparisons -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def stop_targets_from_lengths(lengths, max_len):
    pos = ops.arange(max_len).expand_dims(0)
    last = (lengths - 1).expand_dims(1)
    targets = (pos >= last).astype(ms.float32)
    mask = (pos < lengths.expand_dims(1)).astype(ms.float32)
    return targets, mask


class StopTokenLoss(nn.Cell):
    def __init__(self, pos_weight=5.0, hidden=16):
        super().__init__()
        self.gate = nn.Dense(hidden, 1)
        self.pos_weight = Tensor([pos_weight], ms.float32)
        self.bce = nn.BCEWithLogitsLoss(reduction="none", pos_weight=self.pos_weight)

    def construct(self, dec_hidden, mel_lengths):
        logits = self.gate(dec_hidden).squeeze(-1)
        targets, mask = stop_targets_from_lengths(mel_lengths, dec_hidden.shape[1])
        loss = self.bce(logits, targets)
        return (loss * mask).sum() / mask.sum()


def make():
    np.random.seed(32)
    h = Tensor(np.random.randn(3, 9, 16).astype(np.float32))
    lens = Tensor(np.array([9, 6, 3], dtype=np.int32))
    return StopTokenLoss(), (h, lens)
