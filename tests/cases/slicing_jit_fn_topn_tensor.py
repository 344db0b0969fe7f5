# case: @ms.jit scoring function keeps the first n rows, n passed as a 0-d tensor
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def head_score(logits, n):
    probs = ops.softmax(logits, axis=-1)
    top = probs[:n]
    return top.max(axis=-1).mean()


def make():
    logits = Tensor(np.random.randn(9, 5).astype(np.float32))
    return head_score, (logits, Tensor(4, ms.int64))
