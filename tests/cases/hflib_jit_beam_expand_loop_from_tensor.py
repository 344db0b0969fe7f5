# case: @ms.jit helper that expands encoder outputs for beam search by concatenating copies in a Python loop whose count is int(num_beams) read from a tensor argument -> loop count and list length come from tensor data, Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def _expand_one(t, num_beams):
    copies = []
    for _ in range(num_beams):
        copies.append(t[:, None])
    return ops.cat(copies, axis=1).reshape((-1,) + t.shape[1:])


@ms.jit
def expand_inputs_for_generation(encoder_hidden_states, attention_mask, num_beams):
    n = int(num_beams)
    expanded_states = _expand_one(encoder_hidden_states, n)
    expanded_mask = _expand_one(attention_mask, n)
    return expanded_states, expanded_mask


def make():
    np.random.seed(69)
    h = Tensor(np.random.randn(2, 5, 8).astype(np.float32))
    m = Tensor(np.ones((2, 5), dtype=np.int32))
    beams = Tensor(3, ms.int32)
    return expand_inputs_for_generation, (h, m, beams)
