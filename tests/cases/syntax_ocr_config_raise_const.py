# case: OCR CTC decoder validates its config with raise on a Python-constant condition and uses str keys / dict lookups of constants; expect static at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CHARSETS = {"digits": 11, "latin": 27}


class Net(nn.Cell):
    def __init__(self, charset="digits", hidden=8, blank_first=True):
        super().__init__()
        self.charset = charset
        self.n_classes = CHARSETS[charset]
        self.blank_first = blank_first
        self.fc = nn.Dense(hidden, self.n_classes)

    def construct(self, seq_feat):
        if self.charset not in ("digits", "latin"):
            raise ValueError("unknown charset " + self.charset)
        logits = self.fc(seq_feat)
        probs = ops.softmax(logits, axis=-1)
        if self.blank_first:
            blank = probs[..., 0]
        else:
            blank = probs[..., -1]
        best = probs.argmax(axis=-1)
        return best, 1.0 - blank.mean(axis=-1)


def make():
    return Net(), (Tensor(np.random.randn(2, 7, 8).astype(np.float32)),)
