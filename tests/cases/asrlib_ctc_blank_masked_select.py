# case: jitted CTC post-processing removes repeats and blanks from the best path with ops.masked_select -> number of kept tokens depends on the data, dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

BLANK_ID = 0


def collapse_mask(tokens, blank_id=BLANK_ID):
    prev = ops.concat([ops.full((1,), -1, dtype=tokens.dtype), tokens[:-1]])
    return ops.logical_and(tokens != prev, tokens != blank_id)


@ms.jit
def ctc_best_path(log_probs):
    """log_probs: (T, V) for one utterance -> token ids of the best path."""
    tokens = ops.argmax(log_probs, dim=-1)
    keep = collapse_mask(tokens)
    return ops.masked_select(tokens, keep)


def make():
    np.random.seed(16)
    logits = np.random.randn(30, 10).astype(np.float32)
    logits[::3, BLANK_ID] += 3.0
    log_probs = Tensor(logits - np.log(np.exp(logits).sum(-1, keepdims=True)))
    return ctc_best_path, (log_probs,)
