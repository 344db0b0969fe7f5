# case: @ms.jit decoding function turns predicted ids into text with .tolist() and a charset lookup -> compile error at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CHARSET = "-0123456789abcdefghijklmnopqrstuvwxyz"


@ms.jit
def decode_to_text(logits, blank_id=0):
    ids = ops.argmax(logits, dim=-1)
    chars = []
    prev = -1
    for i in ids.tolist():
        if i != prev and i != blank_id:
            chars.append(CHARSET[i])
        prev = i
    text = "".join(chars)
    score = ops.softmax(logits, axis=-1).max(axis=-1).mean()
    return text, score


def make():
    np.random.seed(33)
    logits = Tensor(np.random.randn(12, len(CHARSET)).astype(np.float32))
    return decode_to_text, (logits,)
