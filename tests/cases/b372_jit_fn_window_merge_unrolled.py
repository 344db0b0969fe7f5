# case: jit-compiled merge of per-window start logits back into full-context positions for a fixed number of doc-stride windows, with a Python loop over range(NUM_WINDOWS) -> unrolled constant loop; Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NUM_WINDOWS = 3
WINDOW = 8
STRIDE = 4
CONTEXT_LEN = WINDOW + STRIDE * (NUM_WINDOWS - 1)


@ms.jit
def merge_window_logits(window_logits):
    merged = ops.full((CONTEXT_LEN,), -1e4, dtype=ms.float32)
    for w in range(NUM_WINDOWS):
        begin = w * STRIDE
        placed = ops.pad(window_logits[w], (begin, CONTEXT_LEN - begin - WINDOW), value=-1e4)
        merged = ops.maximum(merged, placed)
    return merged, merged.argmax()


def make():
    np.random.seed(3757)
    wl = Tensor(np.random.randn(NUM_WINDOWS, WINDOW).astype(np.float32))
    return merge_window_logits, (wl,)
