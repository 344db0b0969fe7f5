# case: CTC greedy decode of one sequence compacts kept tokens with Tensor.masked_select; expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit
def greedy_decode(log_probs):
    best = ops.argmax(log_probs, dim=-1)
    prev = ops.concat((ops.full((1,), -1, dtype=best.dtype), best[:-1]))
    changed = best != prev
    keep = ops.logical_and(changed, best != 0)
    return best.masked_select(keep)


def make():
    lp = Tensor(np.random.randn(30, 10).astype(np.float32))
    return greedy_decode, (lp,)
