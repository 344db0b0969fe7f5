# case: bans previously generated tokens by converting ids with .tolist() into a Python set and masking each banned id in a loop -> host conversion and set in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NoRepeatTokenBan(nn.Cell):
    def __init__(self, neg=-1e9):
        super().__init__()
        self.neg = neg

    def construct(self, logits, history):
        banned = set(history.tolist())
        out = logits
        for tok in banned:
            out[tok] = self.neg
        return out


def make():
    np.random.seed(24)
    logits = Tensor(np.random.randn(16).astype(np.float32))
    history = Tensor(np.array([3, 8, 3, 12], dtype=np.int32))
    return NoRepeatTokenBan(), (logits, history)
