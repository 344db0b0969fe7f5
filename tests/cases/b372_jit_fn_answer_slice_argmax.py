# case: jit-compiled helper returns the answer token ids sliced from argmax start to start + max_answer_length -> slice start is a tensor value; Graph mode should go dynamic or reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MAX_ANSWER_LENGTH = 5


@ms.jit
def extract_answer_ids(input_ids, start_logits):
    start = ops.argmax(start_logits)
    end = start + MAX_ANSWER_LENGTH
    return input_ids[start:end]


def make():
    np.random.seed(3740)
    ids = Tensor(np.random.randint(100, 3000, size=(24,)).astype(np.int32))
    s = np.random.randn(24).astype(np.float32)
    s[7] = 6.0
    return extract_answer_ids, (ids, Tensor(s))
